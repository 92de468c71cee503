import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const supplementId: FieldSpec = recordId('supplementId', 'Supplement ID', 'The ID of the payroll supplement');

export const employeeId: FieldSpec = {
	wire: 'employee_id',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	description: 'The employee the supplement is paid to',
};

export const amountInCents: FieldSpec = {
	wire: 'amount_in_cents',
	displayName: 'Amount (in Cents)',
	kind: 'number',
	description: 'The amount in cents (hundredths): 15000 = 150.00',
};

export const effectiveOn: FieldSpec = { wire: 'effective_on', displayName: 'Effective Date', kind: 'date', description: 'The day the supplement applies' };

export const taxonomyId: FieldSpec = {
	wire: 'contracts_taxonomy_id',
	displayName: 'Compensation Concept ID',
	kind: 'id',
	description: 'The ID of the compensation concept (Factorial\'s contract taxonomy) the supplement is paid as',
};

export const policyPeriodId: FieldSpec = {
	wire: 'payroll_policy_period_id',
	displayName: 'Payroll Period ID',
	kind: 'id',
	description: 'The ID of the payroll policy period (the pay run) the supplement belongs to',
};

export const compensationId: FieldSpec = {
	wire: 'contracts_compensation_id',
	displayName: 'Compensation ID',
	kind: 'id',
	description: 'The employee\'s compensation this supplement pays out, if any',
};

export const unit: FieldSpec = {
	wire: 'unit',
	displayName: 'Unit',
	kind: 'options',
	options: [
		{ name: 'Money', value: 'money' },
		{ name: 'Time', value: 'time' },
		{ name: 'Units', value: 'units' },
	],
	description: 'What the amount counts',
};
