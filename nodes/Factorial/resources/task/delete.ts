import type { OperationSpec } from '../../engine/types';
import { taskId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a task',
	description: 'Delete a task',
	method: 'DELETE',
	path: 'tasks/tasks/{id}',
	fields: [{ ...taskId, in: 'path' }],
};
