import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';
import { LONG_TEXT_LENGTH } from '../../engine/values';

export const taskId: FieldSpec = recordId('taskId', 'Task ID', 'The ID of the task');

export const statusOptions = [
	{ name: 'Discarded', value: 'discarded' },
	{ name: 'Done', value: 'done' },
	{ name: 'In Progress', value: 'in_progress' },
	{ name: 'To Do', value: 'todo' },
];

export const status: FieldSpec = { wire: 'status', displayName: 'Status', kind: 'options', options: statusOptions, default: 'todo' };

// Factorial identifies assignees by their access ID (the employee's access_id), not the employee ID.
export const assigneeIds: FieldSpec = {
	wire: 'assignee_ids',
	displayName: 'Assignee Access IDs',
	kind: 'list', each: 'id',
	placeholder: 'e.g. 100012, 100015',
	description: 'The people the task is assigned to, by their access ID (the access_id of Employee → Get), not their employee ID. Comma-separated, or an array from an expression.',
};

// Fields that the create and the update both take under the same wire name.
export const taskDetails: FieldSpec[] = [
	{ wire: 'content', displayName: 'Description', kind: 'string', maxLength: LONG_TEXT_LENGTH, description: 'What is to be done' },
	{ wire: 'due_on', displayName: 'Due Date', kind: 'date', description: 'The day the task is due' },
	assigneeIds,
];
