import type { OperationSpec } from '../../engine/types';

export const assign: OperationSpec = {
	name: 'assign',
	displayName: 'Assign',
	action: 'Assign an employee to a project',
	description: 'Make an employee a worker of a project, so they can record time on it',
	method: 'POST',
	path: 'project_management/project_workers',
	fields: [
		{ wire: 'project_id', displayName: 'Project', kind: 'locator', locator: 'project', required: true },
		{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true },
	],
};
