import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many edit timesheet requests',
	description: 'List requests to change a timesheet, page by page',
	method: 'GET',
	path: 'attendance/edit_timesheet_requests',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Request IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'shift_id', displayName: 'Shift ID', kind: 'id', description: 'Only requests about this shift' },
			{ wire: 'pending', displayName: 'Only Pending', kind: 'boolean', description: 'Whether to keep only requests awaiting a decision' },
			{ wire: 'start_on', displayName: 'From Date', kind: 'date', description: 'Only requests about a day on or after this one' },
			{ wire: 'end_on', displayName: 'To Date', kind: 'date', description: 'Only requests about a day on or before this one' },
		],
	},
};
