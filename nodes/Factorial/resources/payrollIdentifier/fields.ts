import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const payrollIdentifierId = recordId('payrollIdentifierId', 'Identifier ID');

export const country: FieldSpec = {
	wire: 'country',
	displayName: 'Country',
	kind: 'options',
	required: true,
	default: 'pt',
	options: [
		{ name: 'Germany', value: 'de' },
		{ name: 'Italy', value: 'it' },
		{ name: 'Portugal', value: 'pt' },
	],
	description: 'The payroll country the identifiers are for',
};

export const numbers: FieldSpec[] = [
	{ wire: 'social_security_number', displayName: 'Social Security Number', kind: 'string' },
	{ wire: 'tax_id', displayName: 'Tax ID', kind: 'string' },
];
