import type { OperationSpec } from '../../engine/types';
import { teamId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a team',
	description: 'Delete a team',
	method: 'DELETE',
	path: 'teams/teams/{id}',
	fields: [{ ...teamId, in: 'path' }],
};
