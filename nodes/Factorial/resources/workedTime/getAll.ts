import type { OperationSpec } from '../../engine/types';
import { employeeIds, endOn, startOn } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many worked times',
	description: 'Time each employee worked per day, page by page',
	method: 'GET',
	path: 'attendance/worked_times',
	list: true,
	fields: [
		// Both flags are required by Factorial on every request, so they are always sent (false unless on).
		{ wire: 'include_time_range_category', displayName: 'Include Time Range Category', kind: 'boolean', in: 'query', description: 'Whether to add the time range category to each worked time block' },
		{ wire: 'include_non_attendable_employees', displayName: 'Include Non-Attendable Employees', kind: 'boolean', in: 'query', description: 'Whether to include employees excluded from attendance' },
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ ...startOn, description: 'First day of the range (inclusive); Factorial needs To Date with it' },
			{ ...endOn, description: 'Last day of the range (inclusive); Factorial needs From Date with it' },
			{ ...employeeIds, description: 'Only these employees (comma-separated IDs); all attendable employees when empty' },
			{ wire: 'ids', displayName: 'Worked Time IDs', kind: 'list', description: 'Composite IDs: employee ID and day, for example 12_2026-10-05' },
		],
	},
};
