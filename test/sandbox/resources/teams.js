'use strict';
const { inSet } = require('../filters');
const facts = require('../facts');

// The full catalog (facts/operations-2026-10-01.json, newer than bodies-2026-10-01.json) adds
// `parent_team_id` (nested teams) to the create body. The team object here has no field for it, so it
// is accepted and not stored.
const createFields = { ...facts.bodyFields('POST', 'teams/teams'), parent_team_id: { type: 'string', required: false } };

const NAMES = ['Engineering', 'Sales', 'Marketing', 'People', 'Finance', 'Customer Support'];

module.exports = {
	name: 'teams',
	path: 'teams/teams',
	object: 'team',
	firstId: 11,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	createFields,
	defaults: (ctx) => ({ company_id: ctx.fixtures.companyId, employee_ids: [], lead_ids: [] }),
	filters: { 'ids[]': inSet('id') },
	// A deleted team takes its memberships with it.
	afterDelete(ctx, team) {
		const memberships = ctx.store.get('memberships');
		for (const m of memberships.all().filter((row) => row.team_id === team.id)) memberships.remove(m.id);
	},
	// Members and leads are filled in by the employee seed, which decides who works where; the
	// memberships entry then mirrors them as rows (see team-links.js for the API writes).
	seed(ctx) {
		for (const name of NAMES) {
			ctx.insert({ name, description: `The ${name} team`, company_id: ctx.fixtures.companyId, employee_ids: [], lead_ids: [] });
		}
	},
};
