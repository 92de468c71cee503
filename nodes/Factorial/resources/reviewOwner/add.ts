import type { OperationSpec } from '../../engine/types';

export const add: OperationSpec = {
	name: 'add',
	displayName: 'Add Owners',
	action: 'Add owners to a review process',
	description: 'Let more employees manage a review process',
	method: 'POST',
	path: 'performance/review_owners/bulk_create',
	fields: [
		{ wire: 'review_process_id', displayName: 'Review Process ID', kind: 'id', required: true },
		{ wire: 'owner_access_ids', displayName: 'Owner Access IDs', kind: 'list', each: 'id', required: true, description: 'The employees\' access IDs (access_id), comma-separated' },
	],
};
