import { settingReads } from './fields';

export const [getCompanyScoreScales, getCompanyScoreScale] = settingReads('performance/company_employee_score_scales', {
	many: 'CompanyScoreScales',
	one: 'CompanyScoreScale',
	plural: 'Company Score Scales',
	singular: 'Company Score Scale',
});

export const [getScoreScales, getScoreScale] = settingReads('performance/employee_score_scales', {
	many: 'ScoreScales',
	one: 'ScoreScale',
	plural: 'Score Scales',
	singular: 'Score Scale',
});

export const [getQuestionnaires, getQuestionnaire] = settingReads('performance/review_questionnaire_by_strategies', {
	many: 'Questionnaires',
	one: 'Questionnaire',
	plural: 'Questionnaires',
	singular: 'Questionnaire',
});
