import type { OperationSpec } from '../../engine/types';
import { country, numbers } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a payroll identifier',
	description: 'Record an employee\'s social security number and tax ID for a payroll country',
	method: 'POST',
	path: 'payroll_employees/identifiers',
	fields: [{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true }, country],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: numbers },
};
