import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many action plans',
	description: 'List the action plans (agreements) of review processes, page by page',
	method: 'GET',
	path: 'performance/agreements',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'process_ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' },
			{ wire: 'target_ids', displayName: 'Participant IDs', kind: 'list' },
			{ wire: 'ids', displayName: 'Action Plan IDs', kind: 'list', each: 'id' },
		],
	},
};
