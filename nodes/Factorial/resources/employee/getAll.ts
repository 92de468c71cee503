import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many employees',
	description: 'List employees, page by page',
	tool: { returns: 'Returns employees as Factorial stores them (id, full_name, email, manager_id, location_id, terminated_on and more): at most 20 unless the tool\'s Limit or Return All says otherwise' },
	method: 'GET',
	path: 'employees/employees',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'emails', displayName: 'Emails', kind: 'list', each: 'email', placeholder: 'e.g. ana@acme.com, bo@acme.com' },
			{ wire: 'team_ids', displayName: 'Team IDs', kind: 'list', each: 'id' },
			{ wire: 'location_ids', displayName: 'Location IDs', kind: 'list', each: 'id' },
			{ wire: 'legal_entity_ids', displayName: 'Legal Entity IDs', kind: 'list', each: 'id' },
			{ wire: 'access_ids', displayName: 'Access IDs', kind: 'list', each: 'id' },
			{ wire: 'only_active', displayName: 'Only Active', kind: 'boolean', description: 'Whether to keep only employees not terminated as of today' },
			{ wire: 'only_managers', displayName: 'Only Managers', kind: 'boolean', description: 'Whether to keep only employees with at least one direct report' },
			{ wire: 'name_starts_with', displayName: 'Name Starts With', kind: 'string' },
			{ wire: 'full_text_name', displayName: 'Name Contains', kind: 'string' },
			{ wire: 'company_identifier', displayName: 'Company Identifier', kind: 'string' },
			{ wire: 'updated_at_gteq', displayName: 'Updated Since', kind: 'date', description: 'Only employees updated on or after this date (the time of day is ignored)' },
		],
	},
};
