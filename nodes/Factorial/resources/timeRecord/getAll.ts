import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many time records',
	description: 'List time recorded on projects, page by page',
	method: 'GET',
	path: 'project_management/time_records',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Time Record IDs', kind: 'list', each: 'id' },
			{ wire: 'project_worker_ids', displayName: 'Project Worker IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'attendance_shift_ids', displayName: 'Shift IDs', kind: 'list', each: 'id' },
			{ wire: 'subproject_ids', displayName: 'Subproject IDs', kind: 'list', each: 'id' },
			{ wire: 'project_task_ids', displayName: 'Project Task IDs', kind: 'list', each: 'id' },
			{ wire: 'month', displayName: 'Month', kind: 'number', min: 1, max: 12, integer: true, default: 1, description: 'Only time in this month (1–12); use with Year' },
			{ wire: 'year', displayName: 'Year', kind: 'number', min: 1900, max: 2200, integer: true, default: 2026, description: 'Only time in this year' },
			{ wire: 'updated_after', displayName: 'Updated After', kind: 'date', description: 'Only time records created or changed after this day' },
		],
	},
};
