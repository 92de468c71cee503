import { deleteById } from '../../engine/commonOperations';
import { reviewOwnerId } from './fields';

// Factorial has no read of one review owner, so the usual check (a 404 once deleted) cannot run.
export const deleteOperation = {
	...deleteById({ noun: 'review owner', path: 'performance/review_owners/{id}', id: reviewOwnerId, action: 'Remove an owner from a review process', description: 'Remove an owner from a review process' }),
	check: undefined,
};
