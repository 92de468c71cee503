import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a custom field option',
	description: 'Add a choice to a single or multiple choice custom field',
	method: 'POST',
	path: 'custom_fields/options',
	fields: [
		{ wire: 'field_id', displayName: 'Custom Field ID', kind: 'id', required: true },
		{ wire: 'label', displayName: 'Label', kind: 'string', required: true, description: 'The text of the choice' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'is_active', displayName: 'Active', kind: 'boolean', default: true, description: 'Whether the choice can be picked' }],
	},
};
