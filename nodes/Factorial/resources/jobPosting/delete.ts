import { deleteById } from '../../engine/commonOperations';
import { jobPostingId } from './fields';

export const deleteOperation = deleteById({
	noun: 'job posting',
	path: 'ats/job_postings/{id}',
	id: jobPostingId,
});
