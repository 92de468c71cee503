import { deleteById } from '../../engine/commonOperations';
import { membershipId } from './fields';

export const deleteOperation = deleteById({
	noun: 'team membership',
	path: 'teams/memberships/{id}',
	id: membershipId,
	description: 'Remove an employee from a team by deleting the membership',
	action: 'Remove an employee from a team',
});
