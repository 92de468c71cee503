import type { OperationSpec } from '../../engine/types';
import { notify } from './fields';

export const remove: OperationSpec = {
	name: 'remove',
	displayName: 'Remove',
	action: 'Remove participants from a training session',
	description: 'Remove session participants by their session participant IDs',
	method: 'POST',
	path: 'trainings/session_access_memberships/bulk_destroy',
	fields: [{ wire: 'ids', displayName: 'Session Participant IDs', kind: 'list', each: 'id', required: true }, notify],
};
