import type { OperationSpec } from '../../engine/types';
import { jobPostingId, postingDetails, requirements, status, title } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a job posting',
	description: 'Change a job posting, for example publish or archive it',
	method: 'PUT',
	path: 'ats/job_postings/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...jobPostingId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [title, status, ...postingDetails, ...requirements],
	},
};
