import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many allowance adjustments',
	description: 'List allowance adjustments, page by page',
	method: 'GET',
	path: 'timeoff/allowance_incidences',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Adjustment IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'timeoff_allowance_ids', displayName: 'Allowance IDs', kind: 'list', each: 'id' },
		],
	},
};
