import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a custom resource value',
	description: 'Set the value of one field of an employee\'s custom resource',
	method: 'POST',
	path: 'custom_resources/values',
	fields: [
		{ wire: 'schema_id', displayName: 'Schema ID', kind: 'id', required: true },
		{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true },
		{ wire: 'field_id', displayName: 'Resource Field ID', kind: 'id', required: true },
		{ wire: 'value', displayName: 'Value', kind: 'string', required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'custom_resource_id', displayName: 'Custom Resource ID', kind: 'id', description: 'The record of the schema the value belongs to' }],
	},
};
