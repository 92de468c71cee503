import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many company holidays',
	description: 'List company holidays, page by page',
	method: 'GET',
	path: 'holidays/company_holidays',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Company Holiday IDs', kind: 'list', each: 'id' },
			{ wire: 'location_ids', displayName: 'Location IDs', kind: 'list', each: 'id', description: 'Only the holidays of these locations (comma-separated IDs)' },
			{ wire: 'team_ids', displayName: 'Team IDs', kind: 'list', each: 'id', description: 'Only the holidays of the locations where members of these teams work (comma-separated IDs)' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', description: 'Only the holidays of the locations where these employees work (comma-separated IDs)' },
			{ wire: 'start_at', displayName: 'From Date', kind: 'date', description: 'Only holidays on or after this date' },
			{ wire: 'end_at', displayName: 'To Date', kind: 'date', description: 'Only holidays on or before this date' },
		],
	},
};
