import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many review processes',
	description: 'List performance review processes, page by page',
	method: 'GET',
	path: 'performance/review_processes',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' },
			{ wire: 'search', displayName: 'Search', kind: 'string', description: 'Text in the name' },
		],
	},
};
