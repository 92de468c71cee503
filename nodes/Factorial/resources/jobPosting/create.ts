import type { OperationSpec } from '../../engine/types';
import { postingDetails, requirements, status, title } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a job posting',
	description: 'Open a position: create a job posting with its application form',
	method: 'POST',
	path: 'ats/job_postings',
	fields: [
		{ ...title, required: true },
		{ ...status, required: true },
		...requirements.map((field) => ({ ...field, required: true })),
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: postingDetails },
};
