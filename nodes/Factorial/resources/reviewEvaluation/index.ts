import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { replaceReviewer } from './replaceReviewer';
import { getAnswers, getScore, getScores } from './scores';

export const reviewEvaluation: ResourceSpec = {
	name: 'reviewEvaluation',
	displayName: 'Review Evaluation',
	description: 'Evaluations of review participants, with their answers and scores',
	operations: [get, getAll, getAnswers, getScores, getScore, replaceReviewer],
};
