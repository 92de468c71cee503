import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom resource schemas',
	description: 'List custom resource schemas, page by page',
	method: 'GET',
	path: 'custom_resources/schemas',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Schema IDs', kind: 'list', each: 'id' },
		],
	},
};
