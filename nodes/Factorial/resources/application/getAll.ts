import type { OperationSpec } from '../../engine/types';
import { jobPostingId, phaseId } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many applications',
	description: 'List applications, page by page',
	method: 'GET',
	path: 'ats/applications',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Application IDs', kind: 'list', each: 'id' },
			{ ...jobPostingId, description: 'Only applications to this job posting' },
			{ ...phaseId, description: 'Only applications in this phase' },
			{ wire: 'ats_candidate_ids', displayName: 'Candidate IDs', kind: 'list', each: 'id' },
			{ wire: 'qualified', displayName: 'Qualified', kind: 'boolean', description: 'Whether to keep only qualified applications (or, when off, only the others)' },
			{ wire: 'ats_rejection_reason_ids', displayName: 'Rejection Reason IDs', kind: 'list', each: 'id' },
			{ wire: 'ats_tags_ids', displayName: 'Tag IDs', kind: 'list', each: 'id' },
			{ wire: 'search', displayName: 'Search', kind: 'string', description: 'Text to look for, such as part of the candidate\'s name' },
		],
	},
};
