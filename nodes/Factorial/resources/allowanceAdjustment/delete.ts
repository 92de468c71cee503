import { deleteById } from '../../engine/commonOperations';
import { adjustmentId } from './fields';

export const deleteOperation = deleteById({ noun: 'allowance adjustment', path: 'timeoff/allowance_incidences/{id}', id: adjustmentId });
