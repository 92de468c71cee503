import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'custom resource', path: 'custom_resources/resources/{id}', id: recordId('customResourceId', 'Custom Resource ID') });
