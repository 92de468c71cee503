import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many locations',
	description: 'List locations, page by page',
	method: 'GET',
	path: 'locations/locations',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Location IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', description: 'Only the locations of these employees (comma-separated IDs)' },
			{ wire: 'main', displayName: 'Only Main Location', kind: 'boolean', description: 'Whether to return only the company\'s main location' },
		],
	},
};
