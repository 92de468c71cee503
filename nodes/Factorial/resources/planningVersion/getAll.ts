import type { OperationSpec } from '../../engine/types';
import { planningTool } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many planning versions',
	description: 'Which planning tool applies to each employee from which day, page by page',
	method: 'GET',
	path: 'time_planning/planning_versions',
	list: true,
	// Factorial requires the flag on every list request, so it is always sent (false unless on).
	fields: [{ wire: 'only_active', displayName: 'Only Active', kind: 'boolean', in: 'query', description: 'Whether to keep only the versions in force' }],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'schedule_ids', displayName: 'Work Schedule IDs', kind: 'list', each: 'id' },
			{ ...planningTool, required: false },
			{ wire: 'for_shifts', displayName: 'For Shifts', kind: 'boolean', description: 'Whether to keep only Shift Management versions' },
		],
	},
};
