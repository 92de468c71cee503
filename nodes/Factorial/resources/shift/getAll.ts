import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many shifts',
	description: 'List shifts (attendance), page by page',
	method: 'GET',
	path: 'attendance/shifts',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'ids', displayName: 'Shift IDs', kind: 'list', each: 'id' },
			{ wire: 'start_on', displayName: 'From Date', kind: 'date', description: 'Only shifts on or after this date' },
			{ wire: 'end_on', displayName: 'To Date', kind: 'date', description: 'Only shifts on or before this date' },
			{ wire: 'updated_at', displayName: 'Updated On', kind: 'date', description: 'Filter by the date the shifts were last changed' },
			{ wire: 'workable', displayName: 'Workable', kind: 'boolean', description: 'Whether to keep only shifts on working days' },
			{ wire: 'half_day', displayName: 'Half Day', kind: 'boolean', description: 'Whether to keep only half-day shifts' },
			{ wire: 'latest_shift', displayName: 'Only Latest Shift', kind: 'boolean', description: 'Whether to return only the latest shift of each employee' },
			{ wire: 'last_working_shift', displayName: 'Only Last Working Shift', kind: 'boolean', description: 'Whether to return only the last working shift' },
			{ wire: 'breaks_with_time_configuration', displayName: 'Include Configured Breaks', kind: 'boolean', description: 'Whether to include breaks that have a break configuration' },
			{ wire: 'sort_created_at_asc', displayName: 'Oldest First', kind: 'boolean', description: 'Whether to sort by creation time, oldest first' },
		],
	},
};
