import type { OperationSpec } from '../../engine/types';
import { employeeId } from './fields';
import { recordShows } from '../../engine/checks';

export const unterminate: OperationSpec = {
	name: 'unterminate',
	displayName: 'Unterminate',
	action: 'Unterminate an employee',
	description: 'Cancel the termination of an employee',
	tool: { caution: 'cancels a termination that HR has recorded' },
	method: 'POST',
	path: 'employees/employees/unterminate',
	fields: [employeeId],
	check: recordShows('the employee has no termination date', (id) => `employees/employees/${id}`, 'id', (record) => record.terminated_on === null || record.terminated_on === undefined),
};
