import type { OperationSpec } from '../../engine/types';
import { germanFields } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create German employee data',
	description: 'Record an employee\'s German payroll data',
	method: 'POST',
	path: 'payroll_employees/german_employee_data',
	fields: [{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true }],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: germanFields },
};
