import type { OperationSpec } from '../../engine/types';
import { endsAt, strategies } from './fields';

const feature = (wire: string, displayName: string, description: string) => ({ wire, displayName, kind: 'boolean' as const, default: false, description });

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a review process',
	description: 'Set up a performance review process; it starts as a draft',
	method: 'POST',
	path: 'performance/review_processes',
	fields: [
		{ wire: 'author_access_id', displayName: 'Author Access ID', kind: 'id', required: true, description: 'The access ID (access_id) of the employee setting it up' },
		{ wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. 2026 annual review' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'description', displayName: 'Description', kind: 'string' },
			{ wire: 'reviewer_strategies', displayName: 'Reviewers', kind: 'options', default: 'manager', options: strategies, description: 'Who reviews each participant' },
			{
				wire: 'target_strategy',
				displayName: 'Participants',
				kind: 'options',
				default: 'all_employees',
				options: [
					{ name: 'All Employees', value: 'all_employees' },
					{ name: 'By Employees', value: 'by_employees' },
					{ name: 'By Locations', value: 'by_locations' },
					{ name: 'By Teams', value: 'by_teams' },
					{ name: 'Manual Selection', value: 'manual_selection' },
				],
				description: 'Who is reviewed',
			},
			{ wire: 'arguments', displayName: 'Participant Group IDs', kind: 'list', each: 'id', description: 'The teams, locations or employees chosen under Participants' },
			endsAt,
			feature('agreements_enabled', 'Action Plans', 'Whether to add action plans (agreements)'),
			feature('employee_score_enabled', 'Performance Score', 'Whether to end with a performance rating'),
			feature('employee_potential_score_enabled', 'Potential Score', 'Whether to end with a potential rating'),
			feature('competencies_assessments_enabled', 'Competencies', 'Whether to assess the participants\' competencies'),
		],
	},
};
