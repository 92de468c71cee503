import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many session attendances',
	description: 'List who attended training sessions, page by page',
	method: 'GET',
	path: 'trainings/session_attendances',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'session_id', displayName: 'Session ID', kind: 'id' },
			{ wire: 'ids', displayName: 'Attendance IDs', kind: 'list', each: 'id' },
			{ wire: 'session_access_membership_ids', displayName: 'Session Participant IDs', kind: 'list', each: 'id' },
			{ wire: 'access_ids', displayName: 'Access IDs', kind: 'list', each: 'id' },
		],
	},
};
