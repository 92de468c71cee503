import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many time off policies',
	description: 'List time off policies, page by page',
	method: 'GET',
	path: 'timeoff/policies',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Time Off Policy IDs', kind: 'list', each: 'id' }],
	},
};
