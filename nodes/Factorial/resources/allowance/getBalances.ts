import type { OperationSpec } from '../../engine/types';

export const getBalances: OperationSpec = {
	name: 'getBalances',
	displayName: 'Get Balances',
	action: 'Get time off balances',
	description: 'Each employee\'s balance per allowance (Factorial\'s allowance stats) on a day, page by page',
	method: 'GET',
	path: 'timeoff/allowance_stats',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', description: 'At most 25 employees per request; every employee you may see when empty' },
			{ wire: 'allowance_ids', displayName: 'Allowance IDs', kind: 'list', each: 'id' },
			{ wire: 'reference_date', displayName: 'On Date', kind: 'date', description: 'The day the balances are computed for; today when empty' },
		],
	},
};
