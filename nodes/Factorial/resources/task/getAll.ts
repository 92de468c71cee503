import type { OperationSpec } from '../../engine/types';
import { statusOptions } from './fields';

const categories = [
	'benefits', 'compensation', 'complaints', 'documents', 'engagement', 'finance', 'organization',
	'performance', 'policies', 'recruitment', 'software', 'spending', 'surveys', 'timeoff',
	'time_planning', 'time_tracking', 'training',
];
const label = (value: string) =>
	value === 'timeoff' ? 'Time Off' : value.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many tasks',
	description: 'List tasks, page by page',
	method: 'GET',
	path: 'tasks/tasks',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Task IDs', kind: 'list', each: 'id' },
			{ wire: 'task_status', displayName: 'Status', kind: 'options', options: statusOptions, default: 'todo' },
			{ wire: 'assignee_id', displayName: 'Assignee Access ID', kind: 'string', description: 'Only tasks assigned to this access ID (the access_id of Employee → Get)' },
			{ wire: 'involvee_id', displayName: 'Involved Access ID', kind: 'string', description: 'Only tasks this access ID is assigned to or affected by' },
			{ wire: 'due_on', displayName: 'Due Date', kind: 'date', description: 'Only tasks due on this day' },
			{ wire: 'already_due', displayName: 'Already Due', kind: 'boolean', description: 'Whether to keep only overdue tasks (on) or only tasks not yet due (off)' },
			{
				wire: 'category',
				displayName: 'Category',
				kind: 'options',
				options: categories.map((value) => ({ name: label(value), value })),
				default: 'documents',
				description: 'Only tasks of this area of Factorial',
			},
			{ wire: 'company_id', displayName: 'Company', kind: 'locator', locator: 'company' },
		],
	},
};
