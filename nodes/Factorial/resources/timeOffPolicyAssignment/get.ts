import { getById } from '../../engine/commonOperations';
import { assignmentId } from './fields';

export const get = getById({ noun: 'policy assignment', path: 'timeoff/policy_assignments/{id}', id: assignmentId });
