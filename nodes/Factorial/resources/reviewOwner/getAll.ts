import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many review owners',
	description: 'List who manages review processes, page by page',
	method: 'GET',
	path: 'performance/review_owners',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'performance_review_process_ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' }],
	},
};
