import type { FieldSpec } from './types';

/**
 * The company a new record belongs to. Factorial requires it; left empty, it is read from the
 * credentials endpoint (once per execution), since a credential belongs to exactly one company.
 */
export const autofilledCompanyId: FieldSpec = {
	wire: 'company_id',
	displayName: 'Company',
	kind: 'locator',
	locator: 'company',
	autofill: 'companyId',
	description: 'The company the record belongs to. Leave empty to use the company of the credential.',
};

/** The id of a record that has no picker, typed in or taken from an earlier node. */
export function recordId(name: string, displayName: string, description?: string): FieldSpec {
	return {
		wire: 'id',
		name,
		displayName,
		kind: 'id',
		required: true,
		...(description ? { description } : {}),
	};
}

/** Which half of the day a half-day leave or shift covers. */
export const halfDay: FieldSpec = {
	wire: 'half_day',
	displayName: 'Half Day',
	kind: 'options',
	options: [
		{ name: 'Beginning of Day', value: 'beginning_of_day' },
		{ name: 'End of Day', value: 'end_of_day' },
	],
	description: 'For a half day only: which half of the day it covers',
};
