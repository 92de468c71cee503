import type { OperationSpec } from '../../engine/types';
import { country, numbers, payrollIdentifierId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a payroll identifier',
	description: 'Change an employee\'s social security number or tax ID',
	method: 'PUT',
	path: 'payroll_employees/identifiers/{id}',
	fields: [{ ...payrollIdentifierId, in: 'pathAndBody' }, country],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: numbers },
};
