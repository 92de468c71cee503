import type { OperationSpec } from '../../engine/types';
import { status, taskDetails, taskId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a task',
	description: 'Change the name, status, due date or assignees of a task',
	method: 'PUT',
	path: 'tasks/tasks/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...taskId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [{ wire: 'name', displayName: 'Name', kind: 'string' }, status, ...taskDetails],
	},
};
