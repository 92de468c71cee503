'use strict';
const { inSet } = require('../filters');

const NAMES = ['Engineering', 'Sales', 'Marketing', 'People', 'Finance', 'Customer Support'];

module.exports = {
	name: 'teams',
	path: 'teams/teams',
	object: 'team',
	firstId: 11,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	defaults: (ctx) => ({ company_id: ctx.fixtures.companyId, employee_ids: [], lead_ids: [] }),
	filters: { 'ids[]': inSet('id') },
	// Members and leads are filled in by the employee seed, which decides who works where.
	seed(ctx) {
		for (const name of NAMES) {
			ctx.insert({ name, description: `The ${name} team`, company_id: ctx.fixtures.companyId, employee_ids: [], lead_ids: [] });
		}
	},
};
