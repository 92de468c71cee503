import type { OperationSpec } from '../../engine/types';
import { effectiveAt, optionalFields, planningTool } from './fields';

export const bulkCreate: OperationSpec = {
	name: 'bulkCreate',
	displayName: 'Create Many',
	action: 'Create planning versions for many employees',
	description: 'The same planning version for several employees',
	method: 'POST',
	path: 'time_planning/planning_versions/bulk_create',
	fields: [{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', required: true }, effectiveAt, planningTool],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: optionalFields },
};
