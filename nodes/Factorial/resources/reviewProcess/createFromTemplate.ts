import type { OperationSpec } from '../../engine/types';

export const createFromTemplate: OperationSpec = {
	name: 'createFromTemplate',
	displayName: 'Create From Template',
	action: 'Create a review process from a template',
	description: 'Set up a review process from one of Factorial\'s templates or the company\'s own',
	method: 'POST',
	path: 'performance/review_processes/create_from_template',
	fields: [
		{ wire: 'author_access_id', displayName: 'Author Access ID', kind: 'id', required: true, description: 'The access ID (access_id) of the new process\'s author' },
		{ wire: 'template_id', displayName: 'Template ID', kind: 'id', required: true },
		{
			wire: 'template_type',
			displayName: 'Template Type',
			kind: 'options',
			required: true,
			default: 'custom',
			options: [
				{ name: 'Company Template (Custom)', value: 'custom' },
				{ name: 'Factorial Template (Predefined)', value: 'predefined' },
			],
		},
		{ wire: 'name', displayName: 'Name', kind: 'string' },
	],
};
