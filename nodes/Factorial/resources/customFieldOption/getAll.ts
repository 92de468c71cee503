import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom field options',
	description: 'List custom field options, page by page',
	method: 'GET',
	path: 'custom_fields/options',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Option IDs', kind: 'list', each: 'id' },
			{ wire: 'field_ids', displayName: 'Custom Field IDs', kind: 'list', each: 'id' },
		],
	},
};
