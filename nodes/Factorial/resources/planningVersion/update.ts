import type { OperationSpec } from '../../engine/types';
import { effectiveAt, optionalFields, planningTool, planningVersionId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a planning version',
	description: 'Change a planning version; Factorial needs its start day and tool again',
	method: 'PUT',
	path: 'time_planning/planning_versions/{id}',
	fields: [{ ...planningVersionId, in: 'pathAndBody' }, effectiveAt, planningTool],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: optionalFields },
};
