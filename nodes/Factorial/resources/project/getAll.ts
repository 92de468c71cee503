import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many projects',
	description: 'List projects, page by page',
	method: 'GET',
	path: 'project_management/projects',
	list: true,
	fields: [
		// Factorial requires this flag on every list request.
		{ wire: 'include_inputed_minutes', displayName: 'Include Tracked Minutes', kind: 'boolean', description: 'Whether to add up the minutes recorded on each project (otherwise they read 0)' },
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Project IDs', kind: 'list', each: 'id' },
			{ wire: 'name_or_code', displayName: 'Name or Code', kind: 'string', description: 'Only projects whose name or code matches' },
			{ wire: 'include_costs', displayName: 'Include Costs', kind: 'boolean', description: 'Whether to calculate the costs of each project (otherwise they read 0)' },
			{ wire: 'updated_after', displayName: 'Updated After', kind: 'date', description: 'Only projects created or changed after this day' },
			{ wire: 'legal_entity_id', displayName: 'Legal Entity ID', kind: 'string' },
			{ wire: 'client_ids', displayName: 'Client IDs', kind: 'list', each: 'id' },
			{ wire: 'no_clients', displayName: 'Without Client', kind: 'boolean', description: 'Whether to keep only projects that have no client' },
			{ wire: 'total_currency', displayName: 'Currency', kind: 'string', placeholder: 'e.g. EUR', description: 'Only projects whose costs are in this currency' },
		],
	},
};
