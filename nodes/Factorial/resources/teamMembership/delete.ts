import type { OperationSpec } from '../../engine/types';
import { membershipId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Remove an employee from a team',
	description: 'Remove an employee from a team by deleting the membership',
	method: 'DELETE',
	path: 'teams/memberships/{id}',
	fields: [{ ...membershipId, in: 'path' }],
};
