import { getById } from '../../engine/commonOperations';
import { teamId } from './fields';

export const get = getById({
	noun: 'team',
	path: 'teams/teams/{id}',
	id: teamId,
	description: 'Retrieve one team with its members and leads',
});
