import type { OperationSpec } from '../../engine/types';
import { reviewEvaluationId } from './fields';

export const replaceReviewer: OperationSpec = {
	name: 'replaceReviewer',
	displayName: 'Replace Reviewer',
	action: 'Replace the reviewer of an evaluation',
	description: 'Give an evaluation to another reviewer',
	method: 'POST',
	path: 'performance/review_evaluations/replace_reviewer',
	fields: [reviewEvaluationId, { wire: 'new_reviewer_access_id', displayName: 'New Reviewer Access ID', kind: 'id', required: true }],
};
