import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Set a custom field value',
	description: 'Set a custom field on a record, for example on an employee',
	method: 'POST',
	path: 'custom_fields/values',
	fields: [
		{ wire: 'field_id', displayName: 'Custom Field ID', kind: 'id', required: true },
		{
			wire: 'valuable_type',
			displayName: 'Attached To',
			kind: 'options',
			required: true,
			default: 'Employee',
			// The four types the catalog's description of valuable_type names.
			options: [
				{ name: 'Contract Version', value: 'Contracts::ContractVersion' },
				{ name: 'Custom Resource Value', value: 'CustomResources::Value' },
				{ name: 'Document', value: 'Document' },
				{ name: 'Employee', value: 'Employee' },
			],
			description: 'The kind of record the value belongs to',
		},
		{ wire: 'valuable_id', displayName: 'Record ID', kind: 'id', required: true, description: 'The ID of that record, for example the employee ID' },
		{ wire: 'value', displayName: 'Value', kind: 'string', required: true },
	],
};
