import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many session participants',
	description: 'List who is invited to a training session, page by page',
	method: 'GET',
	path: 'trainings/session_access_memberships',
	list: true,
	fields: [{ wire: 'session_id', displayName: 'Session ID', kind: 'id', required: true, in: 'query' }],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Session Participant IDs', kind: 'list', each: 'id' },
			{ wire: 'team_ids', displayName: 'Team IDs', kind: 'list', each: 'id' },
			{ wire: 'search', displayName: 'Search', kind: 'string', description: 'Text in the employee\'s name' },
		],
	},
};
