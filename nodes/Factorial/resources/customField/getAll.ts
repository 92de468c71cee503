import type { OperationSpec } from '../../engine/types';
import { fieldType } from './fields';

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
			fieldType,
		],
	},
};
