import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const applicationId: FieldSpec = recordId('applicationId', 'Application ID', 'The ID of the application (one candidate applying to one job posting)');

export const jobPostingId: FieldSpec = {
	wire: 'ats_job_posting_id',
	displayName: 'Job Posting',
	kind: 'locator',
	locator: 'jobPosting',
	description: 'The job posting applied to',
};

export const candidateId: FieldSpec = {
	wire: 'ats_candidate_id',
	displayName: 'Candidate',
	kind: 'locator',
	locator: 'candidate',
	description: 'The candidate who applies',
};

export const phaseId: FieldSpec = {
	wire: 'ats_application_phase_id',
	displayName: 'Phase',
	kind: 'locator',
	locator: 'applicationPhase',
	description: 'A hiring phase of the application\'s job posting, such as screening or interview',
};

export const phone: FieldSpec = { wire: 'phone', displayName: 'Phone', kind: 'string', description: 'The candidate\'s phone number for this application' };
export const source: FieldSpec = { wire: 'source', displayName: 'Source', kind: 'string', description: 'Where the application came from' };

// Who made the change: the kind of author, and its ID in that kind.
export const author: FieldSpec[] = [
	{ wire: 'author_id', displayName: 'Author ID', kind: 'id', description: 'Who records the application: the ID of the access, company or user chosen in Author Type' },
	{
		wire: 'author_type',
		displayName: 'Author Type',
		kind: 'options',
		options: [
			{ name: 'Access', value: 'access' },
			{ name: 'Company', value: 'company' },
			{ name: 'User', value: 'user' },
		],
		description: 'What kind of ID Author ID is',
	},
];
