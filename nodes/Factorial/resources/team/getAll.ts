import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many teams',
	description: 'List teams, page by page',
	method: 'GET',
	path: 'teams/teams',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Team IDs', kind: 'list', each: 'id' }],
	},
};
