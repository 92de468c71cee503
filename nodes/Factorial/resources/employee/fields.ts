import type { FieldSpec } from '../../engine/types';

export const employeeId: FieldSpec = {
	wire: 'id',
	name: 'employeeId',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	required: true,
};

export const companyId: FieldSpec = {
	wire: 'company_id',
	displayName: 'Company',
	kind: 'locator',
	locator: 'company',
	required: true,
	description: 'The company the credential belongs to; "From List" shows it',
};

const gender: FieldSpec = {
	wire: 'gender',
	displayName: 'Gender',
	kind: 'options',
	options: [
		{ name: 'Female', value: 'female' },
		{ name: 'Male', value: 'male' },
	],
};

const manager = (wire: string, displayName: string): FieldSpec => ({
	wire,
	displayName,
	kind: 'locator',
	locator: 'employee',
});

// Fields that create_with_contract and PUT /{id} both take under the same wire name.
const personAndOrganisation: FieldSpec[] = [
	gender,
	{ wire: 'identifier', displayName: 'Identifier', kind: 'string', description: 'National identifier number' },
	{ wire: 'identifier_type', displayName: 'Identifier Type', kind: 'string', description: 'Type of identifier, for example passport' },
	{ wire: 'identifier_expiration_date', displayName: 'Identifier Expiration Date', kind: 'date' },
	{ wire: 'birthday_on', displayName: 'Birthday', kind: 'date' },
	{ wire: 'nationality', displayName: 'Nationality', kind: 'string', description: 'Country code, for example ES or GB' },
	{ wire: 'address_line_2', displayName: 'Address Line 2', kind: 'string' },
	{ wire: 'postal_code', displayName: 'Postal Code', kind: 'string' },
	{ wire: 'city', displayName: 'City', kind: 'string' },
	{ wire: 'state', displayName: 'State', kind: 'string', description: 'State, province or region' },
	{ wire: 'country', displayName: 'Country', kind: 'string', description: 'Country code, for example ES or GB' },
	{ wire: 'bank_number', displayName: 'Bank Number', kind: 'string' },
	{ wire: 'swift_bic', displayName: 'SWIFT/BIC', kind: 'string' },
	manager('manager_id', 'Manager'),
	manager('timeoff_manager_id', 'Time Off Manager'),
	{ wire: 'legal_entity_id', displayName: 'Legal Entity ID', kind: 'string' },
	{ wire: 'company_identifier', displayName: 'Company Identifier', kind: 'string', description: 'The ID your company uses internally for the employee' },
	{ wire: 'seniority_calculation_date', displayName: 'Seniority Calculation Date', kind: 'date' },
	{ wire: 'location_id', displayName: 'Location', kind: 'locator', locator: 'location' },
	{ wire: 'social_security_number', displayName: 'Social Security Number', kind: 'string' },
	{ wire: 'phone_number', displayName: 'Phone Number', kind: 'string' },
	{ wire: 'contact_name', displayName: 'Emergency Contact Name', kind: 'string' },
	{ wire: 'contact_number', displayName: 'Emergency Contact Number', kind: 'string' },
];

const annualDistribution: FieldSpec = {
	wire: 'contracts_annual_working_time_distribution',
	displayName: 'Annual Working Time Distribution',
	kind: 'options',
	options: [
		{ name: 'Limit Daily Hours', value: 'limit_daily_hours' },
		{ name: 'Limit Workdays', value: 'limit_workdays' },
	],
};

const bankHolidayTreatment: FieldSpec = {
	wire: 'contracts_bank_holiday_treatment',
	displayName: 'Bank Holiday Treatment',
	kind: 'options',
	options: [
		{ name: 'Non-Workable', value: 'non_workable' },
		{ name: 'Workable', value: 'workable' },
	],
};

/** Optional fields of POST employees/employees/create_with_contract. */
export const createFields: FieldSpec[] = [
	...personAndOrganisation,
	// Factorial spells this one without the underscore on create (address_line_1 on update).
	{ wire: 'address_line1', displayName: 'Address Line 1', kind: 'string' },
	{ wire: 'contract_starts_on', displayName: 'Contract Starts On', kind: 'date', description: 'The day the employee is hired' },
	{ wire: 'contract_effective_on', displayName: 'Contract Effective On', kind: 'date', description: 'The day this contract takes effect; on hiring, the same as Contract Starts On' },
	{ wire: 'ends_on', displayName: 'Contract Ends On', kind: 'date' },
	{ wire: 'job_catalog_tree_node_uuid', displayName: 'Job Catalog Level UUID', kind: 'string' },
	{ wire: 'team_id', displayName: 'Team', kind: 'locator', locator: 'team' },
	{ wire: 'has_trial_period', displayName: 'Has Trial Period', kind: 'boolean' },
	{ wire: 'trial_period_ends_on', displayName: 'Trial Period Ends On', kind: 'date' },
	{ wire: 'a3_innuva_code', displayName: 'A3Innuva Code', kind: 'string' },
	{ wire: 'a3_nom_code', displayName: 'A3Nom Code', kind: 'string' },
	bankHolidayTreatment,
	annualDistribution,
	{ wire: 'contracts_working_time_percentage_in_cents', displayName: 'Working Time Percentage (Cents)', kind: 'number', min: 0, max: 10000, description: 'For example 5000 for a 50% part-time contract' },
	{ wire: 'contracts_max_legal_yearly_hours', displayName: 'Maximum Legal Yearly Hours', kind: 'number', min: 0, max: 8784 },
	{ wire: 'contracts_maximum_weekly_hours', displayName: 'Maximum Weekly Hours', kind: 'number', min: 0, max: 168 },
];

/** Optional fields of PUT employees/employees/{id}. */
export const updateFields: FieldSpec[] = [
	...personAndOrganisation,
	{ wire: 'first_name', displayName: 'First Name', kind: 'string' },
	{ wire: 'last_name', displayName: 'Last Name', kind: 'string' },
	{ wire: 'address_line_1', displayName: 'Address Line 1', kind: 'string' },
	{ wire: 'access_id', displayName: 'Access ID', kind: 'string' },
	{ wire: 'has_work_permit', displayName: 'Has Work Permit', kind: 'boolean' },
	{ wire: 'preferred_name', displayName: 'Preferred Name', kind: 'string' },
	{ wire: 'pronouns', displayName: 'Pronouns', kind: 'string' },
	{ wire: 'personal_email', displayName: 'Personal Email', kind: 'email' },
	{ wire: 'communications_email', displayName: 'Communications Email', kind: 'email', description: 'Address for company communications, separate from the login email' },
	{ wire: 'disability_percentage_cents', displayName: 'Disability Percentage (Cents)', kind: 'number', min: 0, max: 10000 },
];
