import { deleteById } from '../../engine/commonOperations';
import { reviewProcessId } from './fields';

export const deleteOperation = deleteById({ noun: 'review process', path: 'performance/review_processes/{id}', id: reviewProcessId });
