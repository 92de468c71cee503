import { getById } from '../../engine/commonOperations';
import { trainingSessionId } from './fields';

export const get = getById({ noun: 'training session', path: 'trainings/sessions/{id}', id: trainingSessionId });
