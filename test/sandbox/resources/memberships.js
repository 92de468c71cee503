'use strict';
const { inSet, boolEquals } = require('../filters');
const { setTeamMember, dropTeamMember, findMembership } = require('./team-links');

module.exports = {
	name: 'memberships',
	path: 'teams/memberships',
	object: 'membership',
	// One row per employee, so 20,000-employee sandboxes need room below the next range.
	firstId: 100001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { team_id: 'teams', employee_id: 'employees' },
	defaults: (ctx) => ({ company_id: ctx.fixtures.companyId, lead: false }),
	// The create body says of lead: "Omit it to leave an existing row's flag untouched; a new row is
	// created without leadership", so a create for an existing pair updates that row (200).
	findExisting: (ctx, values) => findMembership(ctx.store, values.team_id, values.employee_id),
	afterWrite: (ctx, m) => setTeamMember(ctx.store, m.team_id, m.employee_id, m.lead),
	afterDelete: (ctx, m) => dropTeamMember(ctx.store, m.team_id, m.employee_id),
	filters: {
		'ids[]': inSet('id'),
		lead: boolEquals('lead'),
		'team_ids[]': inSet('team_id'),
		'employee_ids[]': inSet('employee_id'),
	},
	// The employee seed already filled the teams' employee_ids / lead_ids; one row per pair.
	seed(ctx) {
		for (const team of ctx.store.get('teams').all()) {
			for (const employeeId of team.employee_ids) {
				ctx.insert({ company_id: ctx.fixtures.companyId, employee_id: employeeId, team_id: team.id, lead: team.lead_ids.includes(employeeId) });
			}
		}
	},
};
