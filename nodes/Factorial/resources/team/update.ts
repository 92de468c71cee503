import type { OperationSpec } from '../../engine/types';
import { description, teamId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a team',
	description: 'Change the name or description of a team',
	method: 'PUT',
	path: 'teams/teams/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...teamId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [{ wire: 'name', displayName: 'Name', kind: 'string' }, description],
	},
};
