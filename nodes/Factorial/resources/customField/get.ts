import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'custom field', path: 'custom_fields/fields/{id}', id: recordId('customFieldId', 'Custom Field ID') });
