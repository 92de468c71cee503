import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many time range categories',
	description: 'List the custom time range categories worked time is split into, page by page',
	method: 'GET',
	path: 'time_settings/split_custom_time_range_categories',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Time Range Category IDs', kind: 'list', each: 'id' },
			{ wire: 'active', displayName: 'Active', kind: 'boolean', description: 'Whether to keep only active categories (off: only inactive ones)' },
		],
	},
};
