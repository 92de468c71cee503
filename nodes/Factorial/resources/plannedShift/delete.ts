import { deleteById } from '../../engine/commonOperations';
import { plannedShiftId } from './fields';

export const deleteOperation = deleteById({ noun: 'planned shift', path: 'shift_management/shifts/{id}', id: plannedShiftId });
