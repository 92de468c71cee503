import { getById } from '../../engine/commonOperations';
import { reviewTargetId } from './fields';

export const get = getById({ noun: 'review participant', path: 'performance/review_process_targets/{id}', id: reviewTargetId });
