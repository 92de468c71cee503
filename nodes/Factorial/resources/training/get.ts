import { getById } from '../../engine/commonOperations';
import { trainingId } from './fields';

export const get = getById({ noun: 'training', path: 'trainings/trainings/{id}', id: trainingId });
