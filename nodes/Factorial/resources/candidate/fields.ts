import type { FieldSpec } from '../../engine/types';

export const candidateId: FieldSpec = {
	wire: 'id',
	name: 'candidateId',
	displayName: 'Candidate',
	kind: 'locator',
	locator: 'candidate',
	required: true,
};

export const firstName: FieldSpec = { wire: 'first_name', displayName: 'First Name', kind: 'string' };
export const lastName: FieldSpec = { wire: 'last_name', displayName: 'Last Name', kind: 'string' };

// Fields that POST and PUT both take, optional in both.
export const candidateDetails: FieldSpec[] = [
	{ wire: 'email', displayName: 'Email', kind: 'email' },
	{ wire: 'phone_number', displayName: 'Phone Number', kind: 'string' },
	{ wire: 'personal_url', displayName: 'Personal URL', kind: 'url', placeholder: 'e.g. https://example.com', description: 'A web page of the candidate, such as a portfolio or profile' },
	{ wire: 'talent_pool', displayName: 'Talent Pool', kind: 'boolean', description: 'Whether the candidate is in the talent pool, to be considered for future positions' },
	{ wire: 'consent_given_at', displayName: 'Consent Given At', kind: 'dateTime', description: 'When the candidate consented to their data being kept' },
];
