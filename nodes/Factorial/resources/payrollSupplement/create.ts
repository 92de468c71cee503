import type { OperationSpec } from '../../engine/types';
import { amountInCents, compensationId, effectiveOn, employeeId, policyPeriodId, taxonomyId, unit } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a payroll supplement',
	description: 'Add an amount to an employee\'s payroll for one period, such as overtime or a bonus',
	tool: { caution: 'adds an amount to an employee\'s payroll' },
	method: 'POST',
	path: 'payroll/supplements',
	fields: [
		{ ...employeeId, required: true },
		{ ...amountInCents, required: true },
		{ ...effectiveOn, required: true },
		{ ...taxonomyId, required: true },
		{ ...policyPeriodId, required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			compensationId,
			unit,
			{ wire: 'worked_days', displayName: 'Worked Days', kind: 'number', min: 0, description: 'Days worked that the supplement pays for' },
		],
	},
};
