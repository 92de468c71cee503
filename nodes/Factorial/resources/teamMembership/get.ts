import type { OperationSpec } from '../../engine/types';
import { membershipId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a team membership',
	description: 'Retrieve one team membership',
	method: 'GET',
	path: 'teams/memberships/{id}',
	fields: [{ ...membershipId, in: 'path' }],
};
