import { getById } from '../../engine/commonOperations';
import { leaveTypeId } from './fields';

export const get = getById({ noun: 'leave type', path: 'timeoff/leave_types/{id}', id: leaveTypeId });
