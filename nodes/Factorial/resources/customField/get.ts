import { getById } from '../../engine/commonOperations';
import { customFieldId } from './fields';

export const get = getById({ noun: 'custom field', path: 'custom_fields/fields/{id}', id: customFieldId });
