import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many leaves',
	description: 'List leaves (time off), page by page',
	method: 'GET',
	path: 'timeoff/leaves',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Leave IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'leave_type_id', displayName: 'Leave Type IDs', kind: 'list', each: 'id' },
			{ wire: 'from', displayName: 'From Date', kind: 'date', description: 'Only leaves on or after this date' },
			{ wire: 'to', displayName: 'To Date', kind: 'date', description: 'Only leaves on or before this date' },
			{ wire: 'only_active', displayName: 'Only Active', kind: 'boolean', description: 'Whether to keep only active leaves' },
			{ wire: 'approved', displayName: 'Approved', kind: 'boolean', description: 'Whether to keep only approved leaves' },
			{ wire: 'include_pending', displayName: 'Include Pending', kind: 'boolean', description: 'Whether to include leaves still waiting for approval' },
			{ wire: 'include_deleted_leaves', displayName: 'Include Deleted', kind: 'boolean', description: 'Whether to include deleted leaves' },
			{ wire: 'type_is_workable', displayName: 'Workable Leave Types', kind: 'boolean', description: 'Whether to keep only leaves whose type counts as workable days' },
			{ wire: 'type_is_payable', displayName: 'Paid Leave Types', kind: 'boolean', description: 'Whether to keep only leaves whose type is paid' },
			{ wire: 'include_leave_type', displayName: 'Include Leave Type', kind: 'boolean', description: 'Whether to add the leave type to each leave' },
			{ wire: 'include_duration', displayName: 'Include Duration', kind: 'boolean', description: 'Whether to add the duration to each leave' },
			{ wire: 'include_duration_by_day', displayName: 'Include Duration by Day', kind: 'boolean', description: 'Whether to add the duration of each day to each leave' },
			{ wire: 'forced_finish_on', displayName: 'Count Days Until', kind: 'date', description: 'For day-by-day durations: stop counting at this date, for example for open-ended leaves. Must fall between From Date and To Date.' },
		],
	},
};
