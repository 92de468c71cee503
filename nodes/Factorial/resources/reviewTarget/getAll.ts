import type { OperationSpec } from '../../engine/types';
import { accessIds, processIds } from './fields';

const flag = (wire: string, displayName: string, description: string) => ({ wire, displayName, kind: 'boolean' as const, default: true, description });

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many review participants',
	description: 'List the employees reviewed in review processes, page by page',
	method: 'GET',
	path: 'performance/review_process_targets',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			processIds,
			accessIds,
			{ wire: 'ids', displayName: 'Participant IDs', kind: 'list', each: 'id' },
			flag('without_manager', 'Without Manager', 'Whether to keep only participants with no manager assigned'),
			flag('pending_peer_evaluations', 'Without Peer Reviews', 'Whether to keep only participants with no peer evaluations'),
		],
	},
};
