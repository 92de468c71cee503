import type { OperationSpec } from '../../engine/types';
import { processIds } from './fields';

const setting = (wire: string, displayName: string, description: string) => ({ wire, displayName, kind: 'boolean' as const, required: true, default: false, description });

export const getVisibility: OperationSpec = {
	name: 'getVisibility',
	displayName: 'Get Visibility Settings',
	action: 'Get the visibility settings of review processes',
	description: 'Who sees review results, and when',
	method: 'GET',
	path: 'performance/review_visibility_settings',
	list: true,
	optional: { name: 'filters', displayName: 'Filters', fields: [processIds] },
};

export const updateVisibility: OperationSpec = {
	name: 'updateVisibility',
	displayName: 'Update Visibility Settings',
	action: 'Update the visibility settings of a review process',
	description: 'Set who sees a review process\'s results, and when; Factorial needs all three every time',
	method: 'PUT',
	path: 'performance/review_visibility_settings/{id}',
	fields: [
		{ wire: 'id', name: 'reviewProcessId', displayName: 'Review Process ID', kind: 'id', required: true, in: 'pathAndBody' },
		setting('restrict_answers_visibility_to_reportees', 'Hide Results From Participants', 'Whether participants cannot see their own results'),
		setting('early_access_to_answers_for_managers', 'Early Access for Managers', 'Whether managers see their reports\' results before the deadline'),
		setting('anonymous_peer_evaluation_for_target', 'Anonymous Peer Reviews', 'Whether participants cannot see which peers reviewed them'),
	],
};
