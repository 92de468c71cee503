import { getById } from '../../engine/commonOperations';
import { sessionParticipantId } from './fields';

export const get = getById({ noun: 'session participant', path: 'trainings/session_access_memberships/{id}', id: sessionParticipantId });
