import { deleteById } from '../../engine/commonOperations';
import { reviewTargetId } from './fields';

export const deleteOperation = deleteById({ noun: 'review participant', path: 'performance/review_process_targets/{id}', id: reviewTargetId, action: 'Remove a participant from a review process', description: 'Remove a participant from a review process' });
