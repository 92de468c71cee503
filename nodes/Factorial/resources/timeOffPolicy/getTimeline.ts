import type { OperationSpec } from '../../engine/types';

export const getTimeline: OperationSpec = {
	name: 'getTimeline',
	displayName: 'Get Timeline',
	action: 'Get an employee\'s time off policy timeline',
	description: 'Which time off policy an employee followed, and from when to when, around a day',
	method: 'GET',
	path: 'timeoff/policy_timelines',
	list: true,
	fields: [
		{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true },
		{ wire: 'reference_date', displayName: 'On Date', kind: 'date', required: true },
	],
};
