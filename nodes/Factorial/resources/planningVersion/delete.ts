import { deleteById } from '../../engine/commonOperations';
import { planningVersionId } from './fields';

export const deleteOperation = deleteById({ noun: 'planning version', path: 'time_planning/planning_versions/{id}', id: planningVersionId });
