import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'custom field option', path: 'custom_fields/options/{id}', id: recordId('customFieldOptionId', 'Option ID') });
