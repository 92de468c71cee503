import { getById } from '../../engine/commonOperations';
import { plannedShiftId } from './fields';

export const get = getById({ noun: 'planned shift', path: 'shift_management/shifts/{id}', id: plannedShiftId });
