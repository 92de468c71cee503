import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many overtime requests',
	description: 'List overtime requests, page by page',
	method: 'GET',
	path: 'attendance/overtime_requests',
	list: true,
	fields: [
		// Factorial requires the flag on every list request, so it is always sent (false unless on).
		{ wire: 'include_approval_flow', displayName: 'Include Approval Flow', kind: 'boolean', in: 'query', description: 'Whether to add the approval steps to each request' },
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Overtime Request IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'start_on', displayName: 'From Date', kind: 'date', description: 'Only overtime worked on or after this day (alone: that day only)' },
			{ wire: 'end_on', displayName: 'To Date', kind: 'date', description: 'Only overtime worked on or before this day' },
			{
				wire: 'status',
				displayName: 'Status',
				kind: 'options',
				default: 'pending',
				options: [
					{ name: 'Approved', value: 'approved' },
					{ name: 'None', value: 'none' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Rejected', value: 'rejected' },
				],
			},
		],
	},
};
