import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const compensationId: FieldSpec = recordId('compensationId', 'Compensation ID', 'The ID of the compensation (a pay item of a contract version)');

export const contractVersionId: FieldSpec = {
	wire: 'contract_version_id',
	displayName: 'Contract Version',
	kind: 'locator',
	locator: 'contractVersion',
	description: 'The contract version the compensation is part of',
};

export const taxonomyId: FieldSpec = {
	wire: 'contracts_taxonomy_id',
	displayName: 'Compensation Concept ID',
	kind: 'id',
	description: 'The ID of the compensation concept (Factorial\'s contract taxonomy), for example the company\'s "Meal allowance"',
};

export const compensationType: FieldSpec = {
	wire: 'compensation_type',
	displayName: 'Type',
	kind: 'options',
	options: [
		{ name: 'Fixed', value: 'fixed' },
		{ name: 'Up To', value: 'up_to' },
		{ name: 'Per Worked Day', value: 'per_worked_day' },
		{ name: 'Per Worked Hour', value: 'per_worked_hour' },
		{ name: 'Undefined', value: 'undefined' },
	],
	default: 'fixed',
	description: 'How the amount is paid: a fixed amount, at most the amount, per day or hour worked, or no set amount (Undefined)',
};

// Fields that POST and PUT both take under the same wire name.
export const compensationDetails: FieldSpec[] = [
	{
		wire: 'amount',
		displayName: 'Amount (in Cents)',
		kind: 'number',
		description: 'Paid on each recurrence, in cents (the smallest unit of the currency): 15000 = 150.00. Required unless the type is Undefined.',
	},
	{ wire: 'description', displayName: 'Description', kind: 'string', placeholder: 'e.g. Yearly variable' },
	{ wire: 'unit', displayName: 'Unit', kind: 'string', placeholder: 'e.g. money', description: 'The unit the compensation is paid in' },
	{
		wire: 'recurrence',
		displayName: 'Recurrence',
		kind: 'options',
		options: [
			{ name: 'Monthly', value: 'monthly' },
			{ name: 'Yearly', value: 'yearly' },
			{ name: 'One Time', value: 'one_time' },
		],
		description: 'How often it is paid. Leave empty and set Recurrence Count (months) instead for other periods.',
	},
	{ wire: 'recurrence_count', displayName: 'Recurrence Count (Months)', kind: 'number', min: 1, integer: true, description: 'Months between payments when no Recurrence is set: 12 = yearly' },
	{ wire: 'starts_on', displayName: 'Start Date', kind: 'date' },
	{ wire: 'first_payment_on', displayName: 'First Payment Date', kind: 'date', description: 'The first payout, if later than the start date' },
	{ wire: 'calculation', displayName: 'Calculation', kind: 'string', placeholder: 'e.g. average of last 3 months', description: 'A note on the payroll formula used' },
	{ wire: 'sync_with_supplements', displayName: 'Sync With Supplements', kind: 'boolean', description: 'Whether payroll supplements follow this compensation' },
	{ wire: 'payroll_policy_id', displayName: 'Payroll Policy ID', kind: 'id' },
	{
		wire: 'time_condition',
		displayName: 'Time Condition',
		kind: 'options',
		options: [
			{ name: 'Custom', value: 'custom' },
			{ name: 'Full Day', value: 'full_day' },
			{ name: 'Half Day', value: 'half_day' },
		],
		description: 'For pay per worked day: which days count',
	},
	{ wire: 'minimum_amount_of_hours', displayName: 'Minimum Hours', kind: 'number', min: 0 },
	{ wire: 'minimum_amount_of_hours_in_cents', displayName: 'Minimum Hours (in Cents)', kind: 'number', min: 0, description: 'The minimum hours in hundredths: 150 = 1.5 hours' },
];
