import type { OperationSpec } from '../../engine/types';

export const initiate: OperationSpec = {
	name: 'initiate',
	displayName: 'Start',
	action: 'Start an action plan',
	description: 'Start the action plan of a participant of a review process',
	method: 'POST',
	path: 'performance/agreements/initiate',
	fields: [
		{ wire: 'process_id', displayName: 'Review Process ID', kind: 'id', required: true },
		{ wire: 'target_id', displayName: 'Participant ID', kind: 'string', required: true, description: 'The review participant\'s ID' },
	],
};
