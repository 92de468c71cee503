import type { OperationSpec } from '../../engine/types';

export const getFrenchDayCounts: OperationSpec = {
	name: 'getFrenchDayCounts',
	displayName: 'Get French Day Counts',
	action: 'Get French day counts of leaves',
	description: 'How many days or hours each leave counts for under French rules; give Leave IDs or both dates',
	method: 'GET',
	path: 'timeoff/french_leave_day_counts',
	list: true,
	fields: [{ wire: 'include_deleted', displayName: 'Include Deleted', kind: 'boolean', in: 'query', description: 'Whether to count deleted leaves too' }],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'leave_ids', displayName: 'Leave IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'from', displayName: 'From Date', kind: 'date', description: 'Start of the period counted; only together with To Date' },
			{ wire: 'to', displayName: 'To Date', kind: 'date', description: 'End of the period counted; only together with From Date' },
		],
	},
};
