import { getById } from '../../engine/commonOperations';
import { shiftId } from './fields';

export const get = getById({ noun: 'shift', path: 'attendance/shifts/{id}', id: shiftId });
