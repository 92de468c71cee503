import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many allowances',
	description: 'List time off allowances, page by page',
	method: 'GET',
	path: 'timeoff/allowances',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Allowance IDs', kind: 'list', each: 'id' },
			{ wire: 'timeoff_policy_id', displayName: 'Time Off Policy ID', kind: 'string', description: 'Only the allowances of this time off policy (one ID)' },
			{ wire: 'by_overtime', displayName: 'Only From Overtime', kind: 'boolean', description: 'Whether to return only the allowances funded by overtime hours' },
		],
	},
};
