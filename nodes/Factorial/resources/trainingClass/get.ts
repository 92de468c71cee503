import { getById } from '../../engine/commonOperations';
import { trainingClassId } from './fields';

export const get = getById({ noun: 'training class', path: 'trainings/training_classes/{id}', id: trainingClassId });
