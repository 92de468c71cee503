import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'mileage', path: 'expenses/mileages/{id}', id: recordId('mileageId', 'Mileage ID') });
