import type { OperationSpec } from '../../engine/types';

export const remove: OperationSpec = {
	name: 'remove',
	displayName: 'Remove',
	action: 'Remove participants from a training',
	description: 'Remove training participants by their participant IDs',
	method: 'POST',
	path: 'trainings/training_memberships/bulk_destroy',
	fields: [{ wire: 'ids', displayName: 'Participant IDs', kind: 'list', each: 'id', required: true }],
};
