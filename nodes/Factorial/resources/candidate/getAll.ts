import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many candidates',
	description: 'List candidates, page by page. Credentials of a non-admin user see only candidates of job postings they hire for.',
	method: 'GET',
	path: 'ats/candidates',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Candidate IDs', kind: 'list', each: 'id' },
			{ wire: 'emails', displayName: 'Emails', kind: 'list', each: 'email', placeholder: 'e.g. ana@example.com, li@example.com' },
			{ wire: 'job_posting_ids', displayName: 'Job Posting IDs', kind: 'list', each: 'id', description: 'Only candidates who applied to one of these job postings (comma-separated)' },
			{ wire: 'team_ids', displayName: 'Team IDs', kind: 'list', each: 'id', description: 'Only candidates who applied to a job posting of one of these teams (comma-separated)' },
			{ wire: 'location_ids', displayName: 'Location IDs', kind: 'list', each: 'id', description: 'Only candidates who applied to a job posting at one of these locations (comma-separated)' },
			{ wire: 'source', displayName: 'Sources', kind: 'list', description: 'Only candidates from these sources (comma-separated)' },
			{ wire: 'remote', displayName: 'Remote', kind: 'boolean', description: 'Whether to keep only candidates for remote jobs (or, when off, only the others)' },
			{ wire: 'minimum_average_rating', displayName: 'Minimum Average Rating', kind: 'number', min: 0, description: 'Only candidates rated at least this on average' },
			{ wire: 'active', displayName: 'Active', kind: 'boolean', description: 'Whether to keep only active candidates (or, when off, only inactive ones)' },
			{ wire: 'talent_pool', displayName: 'Talent Pool', kind: 'boolean', description: 'Whether to keep only candidates in the talent pool (or, when off, only the others)' },
			{ wire: 'archived', displayName: 'Archived', kind: 'boolean', description: 'Whether to keep only archived candidates (or, when off, only the others)' },
		],
	},
};
