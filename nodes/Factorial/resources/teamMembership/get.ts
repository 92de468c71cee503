import { getById } from '../../engine/commonOperations';
import { membershipId } from './fields';

export const get = getById({ noun: 'team membership', path: 'teams/memberships/{id}', id: membershipId });
