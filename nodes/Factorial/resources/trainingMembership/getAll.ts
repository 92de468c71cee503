import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many training participants',
	description: 'List who takes part in trainings and how far they got, page by page',
	method: 'GET',
	path: 'trainings/training_memberships',
	list: true,
	fields: [
		{
			wire: 'due_date',
			displayName: 'Due',
			kind: 'string',
			required: true,
			in: 'query',
			placeholder: 'e.g. 30',
			description: 'Factorial requires it: overdue, no_due_date, or a number of days until due (7, 30, 90...)',
		},
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'training_id', displayName: 'Training ID', kind: 'id' },
			{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee' },
			{ wire: 'team_id', displayName: 'Team', kind: 'locator', locator: 'team' },
			{ wire: 'class_id', displayName: 'Training Class ID', kind: 'id' },
			{
				wire: 'status',
				displayName: 'Status',
				kind: 'options',
				default: 'completed',
				options: [
					{ name: 'Completed', value: 'completed' },
					{ name: 'Missing', value: 'missing' },
					{ name: 'Not Assigned', value: 'notassigned' },
					{ name: 'Not Started', value: 'notstarted' },
					{ name: 'Partially Completed', value: 'partiallycompleted' },
					{ name: 'Started', value: 'started' },
				],
			},
			{ wire: 'ids', displayName: 'Participant IDs', kind: 'list', each: 'id' },
			{ wire: 'search', displayName: 'Search', kind: 'string', description: 'Text in the employee\'s name' },
		],
	},
};
