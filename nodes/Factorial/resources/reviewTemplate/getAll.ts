import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many review templates',
	description: 'List the company\'s review process templates, page by page',
	method: 'GET',
	path: 'performance/review_process_custom_templates',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'search', displayName: 'Search', kind: 'string', description: 'Text in the name' },
			{ wire: 'author_ids', displayName: 'Author IDs', kind: 'list', each: 'id' },
			{ wire: 'ids', displayName: 'Template IDs', kind: 'list', each: 'id' },
		],
	},
};
