import { getById } from '../../engine/commonOperations';
import { reviewProcessId } from './fields';

export const get = getById({ noun: 'review process', path: 'performance/review_processes/{id}', id: reviewProcessId });
