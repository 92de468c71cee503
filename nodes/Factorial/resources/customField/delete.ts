import { deleteById } from '../../engine/commonOperations';
import { customFieldId } from './fields';

export const deleteOperation = deleteById({ noun: 'custom field', path: 'custom_fields/fields/{id}', id: customFieldId, description: 'Delete a custom field and the values employees have for it' });
