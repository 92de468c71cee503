import { getById } from '../../engine/commonOperations';
import { jobPostingId } from './fields';

export const get = getById({ noun: 'job posting', path: 'ats/job_postings/{id}', id: jobPostingId });
