import { getById } from '../../engine/commonOperations';
import { trainingMembershipId } from './fields';

export const get = getById({ noun: 'training participant', path: 'trainings/training_memberships/{id}', id: trainingMembershipId });
