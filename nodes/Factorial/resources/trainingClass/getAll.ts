import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many training classes',
	description: 'List the classes (groups with dates and costs) of trainings, page by page',
	method: 'GET',
	path: 'trainings/training_classes',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'training_id', displayName: 'Training ID', kind: 'id' },
			{ wire: 'ids', displayName: 'Training Class IDs', kind: 'list', each: 'id' },
			{ wire: 'search', displayName: 'Search', kind: 'string' },
		],
	},
};
