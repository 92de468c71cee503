import { deleteById } from '../../engine/commonOperations';
import { shiftId } from './fields';

export const deleteOperation = deleteById({ noun: 'shift', path: 'attendance/shifts/{id}', id: shiftId });
