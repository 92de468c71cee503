import type { OperationSpec } from '../../engine/types';
import { author, candidateId, jobPostingId, phaseId, phone, source } from './fields';
import { LONG_TEXT_LENGTH } from '../../engine/values';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an application',
	description: 'Record that a candidate applies to a job posting',
	method: 'POST',
	path: 'ats/applications',
	fields: [{ ...jobPostingId, required: true }],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			candidateId,
			{ ...phaseId, description: 'The hiring phase to start in; it must belong to the job posting. Leave empty for the first phase.' },
			phone,
			{ wire: 'cover_letter', displayName: 'Cover Letter', kind: 'string', maxLength: LONG_TEXT_LENGTH },
			source,
			{ wire: 'medium', displayName: 'Medium', kind: 'string', description: 'More about the source, such as the job board' },
			{ wire: 'consent_to_talent_pool', displayName: 'Consent to Talent Pool', kind: 'boolean', description: 'Whether the candidate agrees to be kept in the talent pool' },
			...author,
			{
				wire: 'answers',
				displayName: 'Answers (JSON)',
				kind: 'json',
				default: '[]',
				description: 'Answers to the job posting\'s questions: a list of { "ats_question_id": "…", "value": … }',
			},
		],
	},
};
