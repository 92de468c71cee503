import { deleteById } from '../../engine/commonOperations';
import { trainingId } from './fields';

export const deleteOperation = deleteById({ noun: 'training', path: 'trainings/trainings/{id}', id: trainingId });
