import type { OperationSpec } from '../../engine/types';
import { taskId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a task',
	description: 'Retrieve one task',
	method: 'GET',
	path: 'tasks/tasks/{id}',
	fields: [{ ...taskId, in: 'path' }],
};
