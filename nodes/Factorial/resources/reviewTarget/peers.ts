import type { OperationSpec } from '../../engine/types';
import { reviewTargetId as participantId } from './fields';

export const addPeers: OperationSpec = {
	name: 'addPeers',
	displayName: 'Add Peers',
	action: 'Add peer reviewers for a participant',
	description: 'Ask colleagues to review a participant as peers',
	method: 'POST',
	path: 'performance/review_process_targets/add_peers',
	fields: [participantId, { wire: 'peer_access_ids', displayName: 'Peer Access IDs', kind: 'list', each: 'id', required: true, description: 'The peers\' access IDs (access_id), comma-separated' }],
};

export const removePeerEvaluations: OperationSpec = {
	name: 'removePeerEvaluations',
	displayName: 'Remove Peer Evaluations',
	action: 'Remove peer evaluations of a participant',
	description: 'Withdraw peer evaluations of a participant',
	method: 'POST',
	path: 'performance/review_process_targets/remove_peer_evaluations',
	fields: [participantId, { wire: 'evaluation_ids', displayName: 'Evaluation IDs', kind: 'list', each: 'id', required: true }],
	tool: { caution: 'discards what the peers wrote' },
};
