import type { OperationSpec } from '../../engine/types';
import { jobPostingId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a job posting',
	description: 'Retrieve one job posting',
	method: 'GET',
	path: 'ats/job_postings/{id}',
	fields: [{ ...jobPostingId, in: 'path' }],
};
