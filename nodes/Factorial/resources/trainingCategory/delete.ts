import { deleteById } from '../../engine/commonOperations';
import { trainingCategoryId } from './fields';

export const deleteOperation = deleteById({ noun: 'training category', path: 'trainings/categories/{id}', id: trainingCategoryId });
