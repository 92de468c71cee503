import { deleteById } from '../../engine/commonOperations';
import { teamId } from './fields';

export const deleteOperation = deleteById({ noun: 'team', path: 'teams/teams/{id}', id: teamId });
