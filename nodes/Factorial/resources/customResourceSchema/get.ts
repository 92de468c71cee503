import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'custom resource schema', path: 'custom_resources/schemas/{id}', id: recordId('customResourceSchemaId', 'Schema ID') });
