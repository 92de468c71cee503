import { deleteById } from '../../engine/commonOperations';
import { assignmentId } from './fields';

export const deleteOperation = deleteById({ noun: 'policy assignment', path: 'timeoff/policy_assignments/{id}', id: assignmentId });
