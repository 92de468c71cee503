import type { OperationSpec } from '../../engine/types';
import { notify } from './fields';

export const add: OperationSpec = {
	name: 'add',
	displayName: 'Add Employees',
	action: 'Add employees to a training session',
	description: 'Invite one or more employees to a training session',
	method: 'POST',
	path: 'trainings/session_access_memberships/bulk_create',
	fields: [
		{ wire: 'session_id', displayName: 'Session ID', kind: 'id', required: true },
		{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', required: true },
		notify,
	],
};
