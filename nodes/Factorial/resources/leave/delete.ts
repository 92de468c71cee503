import { deleteById } from '../../engine/commonOperations';
import { leaveId } from './fields';

export const deleteOperation = deleteById({ noun: 'leave', path: 'timeoff/leaves/{id}', id: leaveId });
