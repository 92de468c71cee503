import type { OperationSpec } from '../../engine/types';
import { employeeId } from './fields';
import { recordShows, same } from '../../engine/checks';

export const terminate: OperationSpec = {
	name: 'terminate',
	displayName: 'Terminate',
	action: 'Terminate an employee',
	description: 'Set the termination date of an employee',
	tool: { caution: 'ends an employee\'s employment in Factorial; it changes their access, payroll and time off' },
	method: 'POST',
	path: 'employees/employees/terminate',
	fields: [
		employeeId,
		{ wire: 'terminated_on', displayName: 'Terminated On', kind: 'date', required: true, description: 'The last day of the employee' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'termination_reason', displayName: 'Termination Reason', kind: 'string' },
			{ wire: 'termination_assigned_manager_id', displayName: 'Assigned Manager', kind: 'locator', locator: 'employee', description: 'The manager who handles the termination' },
			{ wire: 'open_backfill', displayName: 'Open Backfill', kind: 'boolean', description: 'Whether to open a backfill position automatically (needs ATS with automatic backfill set up)' },
		],
	},
	check: recordShows('the employee\'s termination date is the one sent', (id) => `employees/employees/${id}`, 'id', (record, sent) => same(record.terminated_on, sent.values.terminated_on)),
};
