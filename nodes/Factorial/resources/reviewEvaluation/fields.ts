import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const reviewEvaluationId = recordId('reviewEvaluationId', 'Evaluation ID');
export const evaluationScoreId = recordId('evaluationScoreId', 'Evaluation Score ID');
export const targetIds: FieldSpec = { wire: 'review_process_target_ids', displayName: 'Participant IDs', kind: 'list' };
export const targetAccessIds: FieldSpec = { wire: 'target_access_ids', displayName: 'Participant Access IDs', kind: 'list', each: 'id' };
// Named as a list by Factorial, but its catalog types it as one of these values.
export const reviewerStrategy: FieldSpec = {
	wire: 'reviewer_strategies',
	displayName: 'Reviewer',
	kind: 'list',
	placeholder: 'e.g. manager',
	description: 'One of: self, manager, direct_reports, peers',
};
