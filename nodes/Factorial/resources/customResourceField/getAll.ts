import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom resource fields',
	description: 'List the fields of custom resource schemas, page by page',
	method: 'GET',
	path: 'custom_fields/resource_fields',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Resource Field IDs', kind: 'list', each: 'id' },
			{ wire: 'field_ids', displayName: 'Custom Field IDs', kind: 'list', each: 'id' },
			{ wire: 'schema_ids', displayName: 'Schema IDs', kind: 'list', each: 'id' },
		],
	},
};
