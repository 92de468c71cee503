import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a custom resource schema',
	description: 'Add a record type of your own to employee profiles; add its fields with Custom Resource Field',
	method: 'POST',
	path: 'custom_resources/schemas',
	fields: [
		{ wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. Company Car' },
		autofilledCompanyId,
		{ wire: 'hidden', displayName: 'Hidden', kind: 'boolean', required: true, description: 'Whether to hide the schema from employee profiles' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'effective_at_id', displayName: 'Effective-On Field ID', kind: 'id', description: 'The custom field that holds the date each record takes effect' },
			{ wire: 'position', displayName: 'Position', kind: 'number', integer: true, min: 0 },
			{ wire: 'usage_group_slug', displayName: 'Usage Group Slug', kind: 'string' },
		],
	},
};
