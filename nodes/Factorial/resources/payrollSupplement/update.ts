import type { OperationSpec } from '../../engine/types';
import { amountInCents, compensationId, effectiveOn, employeeId, policyPeriodId, supplementId, taxonomyId, unit } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a payroll supplement',
	description: 'Change the amount, date or period of a payroll supplement',
	tool: { caution: 'changes an amount in an employee\'s payroll' },
	method: 'PUT',
	path: 'payroll/supplements/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...supplementId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [employeeId, amountInCents, effectiveOn, taxonomyId, policyPeriodId, compensationId, unit],
	},
};
