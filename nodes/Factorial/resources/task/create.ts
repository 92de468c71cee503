import type { OperationSpec } from '../../engine/types';
import { status, taskDetails } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a task',
	description: 'Create a task, optionally assigned to people and with a due date',
	method: 'POST',
	path: 'tasks/tasks',
	fields: [
		{ wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. Sign the new contract' },
		{ ...status, required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			...taskDetails,
			{
				wire: 'author_employee_id',
				displayName: 'Author',
				kind: 'locator',
				locator: 'employee',
				description: 'Who the task is from. Only used with an API key: with OAuth2 the connected user is the author. Left empty, Factorial uses the first active employee.',
			},
		],
	},
};
