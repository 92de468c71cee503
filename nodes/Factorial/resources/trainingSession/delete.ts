import { deleteById } from '../../engine/commonOperations';
import { trainingSessionId } from './fields';

export const deleteOperation = deleteById({ noun: 'training session', path: 'trainings/sessions/{id}', id: trainingSessionId });
