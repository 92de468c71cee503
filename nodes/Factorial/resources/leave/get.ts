import { getById } from '../../engine/commonOperations';
import { leaveId } from './fields';

export const get = getById({ noun: 'leave', path: 'timeoff/leaves/{id}', id: leaveId });
