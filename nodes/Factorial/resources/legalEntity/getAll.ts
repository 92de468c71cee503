import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many legal entities',
	description: 'List legal entities, page by page',
	method: 'GET',
	path: 'companies/legal_entities',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Legal Entity IDs', kind: 'list', each: 'id' },
			{ wire: 'employees_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', description: 'Only the legal entities of these employees (comma-separated IDs)' },
			{ wire: 'companies_ids', displayName: 'Company IDs', kind: 'list', each: 'id' },
			{ wire: 'country_ids', displayName: 'Countries', kind: 'list', each: 'id', placeholder: 'e.g. es, fr', description: 'Country codes, comma-separated' },
		],
	},
};
