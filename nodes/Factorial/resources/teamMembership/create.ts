import type { OperationSpec } from '../../engine/types';
import { lead } from './fields';
import { listHolds, same, text } from '../../engine/checks';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Add an employee to a team',
	description: 'Add an employee to a team',
	method: 'POST',
	path: 'teams/memberships',
	fields: [
		{ wire: 'team_id', displayName: 'Team', kind: 'locator', locator: 'team', required: true },
		{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [lead('Whether the employee leads the team')],
	},
	check: listHolds(
		'a membership of that employee in that team',
		(sent) => ({ path: 'teams/memberships', query: { team_ids: [text(sent, 'team_id') ?? ''], employee_ids: [text(sent, 'employee_id') ?? ''] } }),
		(record, sent) => same(record.team_id, sent.values.team_id) && same(record.employee_id, sent.values.employee_id),
	),
};
