import type { OperationSpec } from '../../engine/types';
import { lead, membershipId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a team membership',
	description: 'Make an employee a lead of their team, or not',
	method: 'PUT',
	path: 'teams/memberships/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...membershipId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [lead('Whether the employee leads the team')],
	},
};
