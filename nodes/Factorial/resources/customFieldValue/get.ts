import { getById } from '../../engine/commonOperations';
import { customFieldValueId } from './fields';

export const get = getById({ noun: 'custom field value', path: 'custom_fields/values/{id}', id: customFieldValueId });
