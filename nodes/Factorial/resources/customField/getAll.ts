import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many custom fields',
	description: 'List the company\'s custom fields, page by page',
	method: 'GET',
	path: 'custom_fields/fields',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Custom Field IDs', kind: 'list', each: 'id' },
			{ wire: 'label', displayName: 'Label', kind: 'string' },
			{ wire: 'slug', displayName: 'Slug', kind: 'string' },
			{
				wire: 'field_type',
				displayName: 'Field Type',
				kind: 'options',
				default: 'text',
				options: [
					{ name: 'Cents', value: 'cents' },
					{ name: 'Checkbox', value: 'checkbox' },
					{ name: 'Date', value: 'date' },
					{ name: 'Long Text', value: 'long_text' },
					{ name: 'Money', value: 'money' },
					{ name: 'Multiple Choice', value: 'multiple_choice' },
					{ name: 'Rating', value: 'rating' },
					{ name: 'Single Choice', value: 'single_choice' },
					{ name: 'Text', value: 'text' },
				],
			},
		],
	},
};
