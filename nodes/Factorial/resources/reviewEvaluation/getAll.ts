import type { OperationSpec } from '../../engine/types';
import { reviewerStrategy, targetAccessIds, targetIds } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many review evaluations',
	description: 'List the evaluations reviewers fill in, page by page',
	method: 'GET',
	path: 'performance/review_evaluations',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'performance_review_process_ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' },
			targetAccessIds,
			{ wire: 'reviewer_ids', displayName: 'Reviewer Access IDs', kind: 'list', each: 'id' },
			reviewerStrategy,
			{ wire: 'published', displayName: 'Published', kind: 'boolean', default: true, description: 'Whether to keep published (on) or unpublished (off) evaluations' },
			targetIds,
			{ wire: 'ids', displayName: 'Evaluation IDs', kind: 'list', each: 'id' },
			{ wire: 'exclude_ids', displayName: 'Exclude Evaluation IDs', kind: 'list', each: 'id' },
		],
	},
};
