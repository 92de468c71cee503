import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many schedule days',
	description: 'The hours of each weekday in work schedule periods, page by page',
	method: 'GET',
	path: 'work_schedule/day_configurations',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Schedule Day IDs', kind: 'list', each: 'id' },
			{ wire: 'schedule_id', displayName: 'Work Schedule ID', kind: 'id' },
			{ wire: 'overlap_period_id', displayName: 'Schedule Period ID', kind: 'id' },
		],
	},
};
