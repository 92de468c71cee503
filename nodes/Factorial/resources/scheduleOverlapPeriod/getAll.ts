import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many schedule periods',
	description: 'List the periods of the year work schedules are made of, page by page',
	method: 'GET',
	path: 'work_schedule/overlap_periods',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Schedule Period IDs', kind: 'list', each: 'id' }],
	},
};
