import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const germanEmployeeDataId = recordId('germanEmployeeDataId', 'German Employee Data ID');

const code = (wire: string, displayName: string, description: string): FieldSpec => ({ wire, displayName, kind: 'number', integer: true, min: 0, description });
const amount = (wire: string, displayName: string): FieldSpec => ({ wire, displayName, kind: 'number', min: 0 });
const date = (wire: string, displayName: string): FieldSpec => ({ wire, displayName, kind: 'date' });
const DENOMINATION = 'Church tax key, e.g. ev (Protestant), rk (Roman Catholic), nd (none)';

// The DATEV-style codes are numbers whose meaning Factorial's catalog gives; the common ones are named here.
export const germanFields: FieldSpec[] = [
	{ wire: 'birth_name', displayName: 'Birth Name', kind: 'string' },
	{ wire: 'country_of_birth', displayName: 'Country of Birth', kind: 'string', description: 'A DATEV nationality key' },
	{ wire: 'place_of_birth', displayName: 'Place of Birth', kind: 'string' },
	date('work_permit_expiration_date', 'Work Permit Expires On'),
	date('residency_permit_expiration_date', 'Residence Permit Expires On'),
	date('certificate_of_study_expiration_date', 'Certificate of Study Expires On'),
	{ wire: 'health_insurer_company_number', displayName: 'Health Insurer Company Number', kind: 'string' },
	code('contribution_class_health_insurance', 'Health Insurance Class', '0 none, 1 general, 3 reduced, 6 marginal employment, 9 corporate payer'),
	code('contribution_class_unemployment_insurance', 'Unemployment Insurance Class', '0 none, 1 full, 2 half'),
	code('contribution_class_pension_insurance', 'Pension Insurance Class', '0 none, 1 full, 3 half, 5 marginal employment'),
	code('contribution_class_nursing_insurance', 'Nursing Insurance Class', '0 none, 1 full, 2 half'),
	{ wire: 'additional_contribution_to_nursing_insurance', displayName: 'Additional Nursing Contribution', kind: 'boolean', default: false, description: 'Whether the employee pays the additional nursing insurance contribution' },
	{ wire: 'tax_class', displayName: 'Tax Class', kind: 'number', integer: true, min: 1, max: 6 },
	amount('requested_annual_allowance', 'Requested Annual Allowance'),
	{ wire: 'factor', displayName: 'Factor', kind: 'number', min: 0, description: 'For the factor method (Faktorverfahren)' },
	amount('annual_tax_allowance', 'Annual Tax Allowance'),
	amount('monthly_tax_allowance', 'Monthly Tax Allowance'),
	amount('child_tax_allowance', 'Child Tax Allowance'),
	{ wire: 'denomination', displayName: 'Denomination', kind: 'string', description: DENOMINATION },
	{ wire: 'spouses_denomination', displayName: 'Spouse\'s Denomination', kind: 'string', description: DENOMINATION },
	code('personnel_leasing', 'Personnel Leasing', '0 as client data, 1 no, 2 yes'),
	code('highest_level_of_professional_training', 'Highest Professional Training', '0 not specified … 6 doctorate, 9 unknown'),
	code('highest_level_of_education', 'Highest Education', '0 not specified … 4 high school diploma, 9 unknown'),
];
