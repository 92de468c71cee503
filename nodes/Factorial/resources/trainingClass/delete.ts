import { deleteById } from '../../engine/commonOperations';
import { trainingClassId } from './fields';

export const deleteOperation = deleteById({ noun: 'training class', path: 'trainings/training_classes/{id}', id: trainingClassId });
