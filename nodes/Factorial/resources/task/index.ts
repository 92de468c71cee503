import type { ResourceSpec } from '../../engine/types';
import { copy } from './copy';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const task: ResourceSpec = {
	name: 'task',
	displayName: 'Task',
	description: 'To-dos for employees, with status, due date and assignees',
	operations: [get, getAll, create, update, deleteOperation, copy],
};
