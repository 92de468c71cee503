import type { OperationSpec } from '../../engine/types';
import { jobPostingId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a job posting',
	description: 'Delete a job posting',
	method: 'DELETE',
	path: 'ats/job_postings/{id}',
	fields: [{ ...jobPostingId, in: 'path' }],
};
