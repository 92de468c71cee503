import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many blocked periods',
	description: 'List blocked periods, page by page',
	method: 'GET',
	path: 'timeoff/blocked_periods',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Blocked Period IDs', kind: 'list', each: 'id' }],
	},
};
