import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many work schedules',
	description: 'List work schedules, page by page',
	method: 'GET',
	path: 'work_schedule/schedules',
	list: true,
	// Both flags are required by Factorial on every request, so they are always sent (false unless on).
	fields: [
		{ wire: 'with_employee_ids', displayName: 'Include Employee IDs', kind: 'boolean', in: 'query', description: 'Whether to add the employees on each schedule' },
		{ wire: 'with_periods', displayName: 'Include Periods', kind: 'boolean', in: 'query', description: 'Whether to add the periods that make up each schedule' },
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Work Schedule IDs', kind: 'list', each: 'id' }],
	},
};
