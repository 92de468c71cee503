import { getById } from '../../engine/commonOperations';
import type { OperationSpec } from '../../engine/types';
import { evaluationScoreId, reviewerStrategy, targetAccessIds, targetIds } from './fields';

export const getScores: OperationSpec = {
	name: 'getScores',
	displayName: 'Get Many Scores',
	action: 'Get many review evaluation scores',
	description: 'List the scores given in evaluations, page by page',
	method: 'GET',
	path: 'performance/review_evaluation_scores',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'review_process_ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' },
			targetAccessIds,
			reviewerStrategy,
			{ wire: 'review_evaluation_ids', displayName: 'Evaluation IDs', kind: 'list', each: 'id' },
			targetIds,
			{ wire: 'ids', displayName: 'Score IDs', kind: 'list', each: 'id' },
		],
	},
};

export const getScore: OperationSpec = {
	...getById({ noun: 'review evaluation score', path: 'performance/review_evaluation_scores/{id}', id: evaluationScoreId }),
	name: 'getScore',
	displayName: 'Get Score',
};

export const getAnswers: OperationSpec = {
	name: 'getAnswers',
	displayName: 'Get Many Answers',
	action: 'Get many review evaluation answers',
	description: 'List the answers given in evaluations, page by page',
	method: 'GET',
	path: 'performance/review_evaluation_answers',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'performance_review_evaluation_ids', displayName: 'Evaluation IDs', kind: 'list', each: 'id' }],
	},
};
