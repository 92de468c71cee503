import type { OperationSpec } from '../../engine/types';
import { taskId } from './fields';

export const copy: OperationSpec = {
	name: 'copy',
	displayName: 'Copy',
	action: 'Copy a task',
	description: 'Duplicate a task, optionally under a new name',
	method: 'POST',
	path: 'tasks/tasks/copy',
	fields: [taskId],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'name', displayName: 'Name', kind: 'string', description: 'The name of the copy' }],
	},
};
