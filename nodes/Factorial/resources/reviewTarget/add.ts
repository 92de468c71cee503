import type { OperationSpec } from '../../engine/types';

export const add: OperationSpec = {
	name: 'add',
	displayName: 'Add Employees',
	action: 'Add employees to a review process',
	description: 'Add employees to be reviewed in a review process',
	method: 'POST',
	path: 'performance/review_process_targets/bulk_create',
	fields: [
		{ wire: 'performance_review_process_id', displayName: 'Review Process ID', kind: 'id', required: true },
		{ wire: 'targets_access_ids', displayName: 'Access IDs', kind: 'list', each: 'id', required: true, description: 'The employees\' access IDs (access_id), comma-separated' },
	],
};
