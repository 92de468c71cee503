import type { FieldSpec } from '../../engine/types';

export const contractVersionId: FieldSpec = {
	wire: 'id',
	name: 'contractVersionId',
	displayName: 'Contract Version',
	kind: 'locator',
	locator: 'contractVersion',
	required: true,
	description: 'The contract version: one set of contract terms of an employee, from its effective date on',
};

export const employeeId: FieldSpec = {
	wire: 'employee_id',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	description: 'The employee the contract belongs to',
};

export const effectiveOn: FieldSpec = {
	wire: 'effective_on',
	displayName: 'Effective Date',
	kind: 'date',
	description: 'The day these terms start to apply. For a hiring, the same as the Contract Start Date.',
};

export const startsOn: FieldSpec = {
	wire: 'starts_on',
	displayName: 'Contract Start Date',
	kind: 'date',
	description: 'The day the employee was hired',
};

// Fields that POST and PUT both take under the same wire name.
export const contractTerms: FieldSpec[] = [
	{ wire: 'ends_on', displayName: 'Contract End Date', kind: 'date', description: 'The day the contract ends (the employee\'s last day). Leave empty for an open-ended contract.' },
	{ wire: 'job_title', displayName: 'Job Title', kind: 'string', placeholder: 'e.g. Product Designer' },
	{
		wire: 'salary_amount',
		displayName: 'Salary (in Cents)',
		kind: 'number',
		min: 0,
		description: 'Gross salary in cents of the legal entity\'s currency, per Salary Frequency: 3500000 = 35,000.00. A contract that had no salary needs Salary Frequency too.',
	},
	{ wire: 'salary_frequency', displayName: 'Salary Frequency', kind: 'string', placeholder: 'e.g. yearly', description: 'How often the salary amount is paid or counted. A contract that had no salary needs the Salary amount too.' },
	{ wire: 'working_hours', displayName: 'Working Hours', kind: 'number', min: 0, description: 'Hours the employee works per Working Hours Frequency, for example 40 a week' },
	{ wire: 'working_hours_frequency', displayName: 'Working Hours Frequency', kind: 'string', placeholder: 'e.g. week', description: 'The period the working hours are counted in' },
	{ wire: 'working_week_days', displayName: 'Working Week Days', kind: 'string', placeholder: 'e.g. monday,tuesday,wednesday,thursday,friday', description: 'The days of the week the employee works, comma-separated' },
	{ wire: 'working_time_percentage_in_cents', displayName: 'Working Time Percentage (in Cents)', kind: 'number', min: 0, max: 10000, description: 'Part-time share of full-time hours, in hundredths of a percent: 10000 = 100% (full time), 5000 = 50%' },
	{ wire: 'has_trial_period', displayName: 'Has Trial Period', kind: 'boolean', description: 'Whether the contract starts with a trial period' },
	{ wire: 'trial_period_ends_on', displayName: 'Trial Period End Date', kind: 'date' },
	{
		wire: 'bank_holiday_treatment',
		displayName: 'Bank Holidays',
		kind: 'options',
		options: [
			{ name: 'Non-Working Days', value: 'non_workable' },
			{ name: 'Working Days', value: 'workable' },
		],
		description: 'Whether bank holidays count as working days for this contract',
	},
	{
		wire: 'annual_working_time_distribution',
		displayName: 'Annual Working Time Distribution',
		kind: 'options',
		options: [
			{ name: 'Limit Daily Hours', value: 'limit_daily_hours' },
			{ name: 'Limit Workdays', value: 'limit_workdays' },
		],
		description: 'How the yearly working hours are spread across the year to stay within legal limits',
	},
	{ wire: 'job_catalog_tree_node_uuid', displayName: 'Job Catalog Level UUID', kind: 'string', description: 'The level in Factorial\'s job catalog (a level node UUID)' },
	{ wire: 'de_base_salary_type_id', displayName: 'German Base Salary Type ID', kind: 'string', description: 'For German contracts: the payroll concept of the base salary' },
];

// Working-time limits that only the POST body takes.
export const workingTimeLimits: FieldSpec[] = [
	{ wire: 'max_legal_yearly_hours', displayName: 'Max Legal Yearly Hours', kind: 'number', min: 0, max: 8784, description: 'The most hours the employee may work in a year' },
	{ wire: 'maximum_weekly_hours', displayName: 'Max Weekly Hours', kind: 'number', min: 0, max: 168, description: 'The most hours the employee may work in a week' },
	{ wire: 'max_work_minutes_per_day', displayName: 'Max Work Minutes per Day', kind: 'number', min: 0, max: 1440, integer: true },
	{ wire: 'max_work_days_in_row', displayName: 'Max Work Days in a Row', kind: 'number', min: 0, integer: true },
	{ wire: 'min_rest_minutes_between_days', displayName: 'Min Rest Minutes Between Days', kind: 'number', min: 0, integer: true, description: 'The least rest, in minutes, between two working periods' },
	{ wire: 'min_rest_hours_in_row', displayName: 'Min Rest Hours in a Row', kind: 'number', min: 0 },
];
