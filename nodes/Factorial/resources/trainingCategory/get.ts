import { getById } from '../../engine/commonOperations';
import { trainingCategoryId } from './fields';

export const get = getById({ noun: 'training category', path: 'trainings/categories/{id}', id: trainingCategoryId });
