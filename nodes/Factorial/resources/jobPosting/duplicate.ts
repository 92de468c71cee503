import type { OperationSpec } from '../../engine/types';
import { jobPostingId } from './fields';

export const duplicate: OperationSpec = {
	name: 'duplicate',
	displayName: 'Duplicate',
	action: 'Duplicate a job posting',
	description: 'Create a copy of a job posting, for example to open the same position again',
	method: 'POST',
	path: 'ats/job_postings/duplicate',
	fields: [{ ...jobPostingId, description: 'The job posting to copy' }],
};
