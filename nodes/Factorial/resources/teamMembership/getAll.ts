import type { OperationSpec } from '../../engine/types';
import { lead } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many team memberships',
	description: 'List who is in which team, page by page',
	method: 'GET',
	path: 'teams/memberships',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Membership IDs', kind: 'list', each: 'id' },
			{ wire: 'team_ids', displayName: 'Team IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			lead('Whether to keep only team leads (on) or only members who do not lead (off)'),
		],
	},
};
