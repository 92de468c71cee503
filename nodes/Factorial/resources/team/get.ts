import type { OperationSpec } from '../../engine/types';
import { teamId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a team',
	description: 'Retrieve one team with its members and leads',
	method: 'GET',
	path: 'teams/teams/{id}',
	fields: [{ ...teamId, in: 'path' }],
};
