import type { OperationSpec } from '../../engine/types';
import { status } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many job postings',
	description: 'List job postings, page by page',
	method: 'GET',
	path: 'ats/job_postings',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Job Posting IDs', kind: 'list', each: 'id' },
			{ ...status, description: 'Only job postings with this status' },
			{ wire: 'team_id', displayName: 'Team', kind: 'locator', locator: 'team', description: 'Only job postings of this team' },
			{ wire: 'location_id', displayName: 'Location', kind: 'locator', locator: 'location', description: 'Only job postings at this location' },
			{ wire: 'legal_entity_id', displayName: 'Legal Entity ID', kind: 'id', description: 'Only job postings of this legal entity' },
		],
	},
};
