import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom resources',
	description: 'List custom resource records, page by page',
	method: 'GET',
	path: 'custom_resources/resources',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Custom Resource IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
		],
	},
};
