import { deleteById } from '../../engine/commonOperations';
import { planningVersionId } from './fields';

// Factorial has no GET of one planning version, so no read can tell whether a delete applied: no check.
const { check: _unreadable, ...withoutCheck } = deleteById({ noun: 'planning version', path: 'time_planning/planning_versions/{id}', id: planningVersionId });
export const deleteOperation = withoutCheck;
