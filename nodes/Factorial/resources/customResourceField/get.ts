import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'custom resource field', path: 'custom_fields/resource_fields/{id}', id: recordId('customResourceFieldId', 'Resource Field ID') });
