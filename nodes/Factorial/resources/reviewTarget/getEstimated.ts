import type { OperationSpec } from '../../engine/types';
import { accessIds, processIds } from './fields';

export const getEstimated: OperationSpec = {
	name: 'getEstimated',
	displayName: 'Get Estimated Participants',
	action: 'Get the estimated participants of review processes',
	description: 'Who a review process would include, from its participant rule, before it starts',
	method: 'GET',
	path: 'performance/review_process_estimated_targets',
	list: true,
	optional: { name: 'filters', displayName: 'Filters', fields: [processIds, accessIds] },
};
