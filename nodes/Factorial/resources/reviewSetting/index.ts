import type { ResourceSpec } from '../../engine/types';
import { getCompanyScoreScale, getCompanyScoreScales, getQuestionnaire, getQuestionnaires, getScoreScale, getScoreScales } from './scoreScales';
import { getVisibility, updateVisibility } from './visibility';

export const reviewSetting: ResourceSpec = {
	name: 'reviewSetting',
	displayName: 'Review Setting',
	description: 'How review processes are set up: result visibility, questionnaires, score scales',
	operations: [getVisibility, updateVisibility, getQuestionnaires, getQuestionnaire, getScoreScales, getScoreScale, getCompanyScoreScales, getCompanyScoreScale],
};
