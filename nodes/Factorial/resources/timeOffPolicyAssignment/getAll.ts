import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many policy assignments',
	description: 'List which employees follow which time off policy, page by page',
	method: 'GET',
	path: 'timeoff/policy_assignments',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Policy Assignment IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'timeoff_policy_ids', displayName: 'Time Off Policy IDs', kind: 'list', each: 'id' },
		],
	},
};
