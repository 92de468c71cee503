import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom resource values',
	description: 'List custom resource values, page by page',
	method: 'GET',
	path: 'custom_resources/values',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Value IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
		],
	},
};
