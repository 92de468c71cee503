import { deleteById } from '../../engine/commonOperations';
import { reviewOwnerId } from './fields';

export const deleteOperation = deleteById({ noun: 'review owner', path: 'performance/review_owners/{id}', id: reviewOwnerId, action: 'Remove an owner from a review process', description: 'Remove an owner from a review process' });
