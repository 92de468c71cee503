import type { OperationSpec } from '../../engine/types';

export const initiateAll: OperationSpec = {
	name: 'initiateAll',
	displayName: 'Start All',
	action: 'Start the action plans of a review process',
	description: 'Start the action plans of every participant of a review process',
	method: 'POST',
	path: 'performance/agreements/bulk_initiate',
	fields: [{ wire: 'process_id', displayName: 'Review Process ID', kind: 'id', required: true }],
};
