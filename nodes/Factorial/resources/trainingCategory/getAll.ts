import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many training categories',
	description: 'List training categories, page by page',
	method: 'GET',
	path: 'trainings/categories',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Training Category IDs', kind: 'list', each: 'id' }],
	},
};
