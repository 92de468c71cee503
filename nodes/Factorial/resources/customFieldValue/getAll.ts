import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom field values',
	description: 'Read custom field values (for example an employee\'s), page by page',
	method: 'GET',
	path: 'custom_fields/values',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'field_id', displayName: 'Custom Field ID', kind: 'id' },
			{ wire: 'slug', displayName: 'Custom Field Slug', kind: 'string' },
			{ wire: 'identifiers', displayName: 'Custom Field Identifiers', kind: 'list' },
			{ wire: 'ids', displayName: 'Value IDs', kind: 'list', each: 'id' },
			{ wire: 'instance_id', displayName: 'Attached To ID', kind: 'id', description: 'The record the value is attached to' },
			{ wire: 'value', displayName: 'Value', kind: 'string', description: 'Only values equal to this' },
			{ wire: 'updated_at_gteq', displayName: 'Updated Since', kind: 'dateTime', description: 'Only values updated at or after this time' },
		],
	},
};
