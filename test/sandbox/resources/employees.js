'use strict';
const { inSet, inSetFolded, equals, whenTrue, dateGteq, fold, asList, today } = require('../filters');
const { invalid } = require('../errors');
const { isDate } = require('../validate');
const { seedEmployees } = require('./employee-seed');
const { joinTeam } = require('./team-links');

const terminatedBy = (record, day) => record.terminated_on != null && record.terminated_on <= day;

// "who has at least one direct report" is recomputed only when the collection changed.
const managerCache = new WeakMap();
function managerIds(collection) {
	const cached = managerCache.get(collection);
	if (cached && cached.version === collection.version) return cached.ids;
	const ids = new Set();
	for (const e of collection.all()) if (e.manager_id != null) ids.add(e.manager_id);
	managerCache.set(collection, { version: collection.version, ids });
	return ids;
}

function emailTaken(collection, email, exceptId) {
	const wanted = fold(email);
	return collection.all().some((e) => e.id !== exceptId && (fold(e.login_email) === wanted || fold(e.email) === wanted));
}


module.exports = {
	name: 'employees',
	path: 'employees/employees',
	object: 'employee',
	firstId: 1,
	// No plain create and no delete in 2026-10-01: employees are created with a contract.
	ops: ['list', 'get', 'update'],
	// create_with_contract spells it address_line1; the employee object says address_line_1.
	renames: { address_line1: 'address_line_1' },
	// In the PUT body access_id is "access_id of the creator", not the employee's own.
	readOnly: ['access_id'],
	refs: {
		manager_id: 'employees',
		timeoff_manager_id: 'employees',
		termination_assigned_manager_id: 'employees',
		legal_entity_id: 'legal_entities',
		location_id: 'locations',
		team_id: 'teams',
	},
	validate(ctx, values, record) {
		if (record && values.manager_id === record.id) throw invalid('manager_id', 'an employee cannot manage themselves');
	},
	derive(record) {
		const day = today();
		return {
			full_name: `${record.first_name} ${record.last_name}`,
			access_id: record.access_id ?? String(100000 + Number(record.id)),
			active: !terminatedBy(record, day),
			is_terminating: record.terminated_on != null && record.terminated_on > day,
		};
	},
	filters: {
		'ids[]': inSet('id'),
		'access_ids[]': inSet('access_id'),
		'emails[]': inSetFolded('email', 'login_email'),
		full_text_name: (value) => {
			const terms = fold(value).split(/\s+/).filter(Boolean);
			return (r) => terms.every((t) => fold(r.full_name).includes(t));
		},
		name_starts_with: (value) => {
			const prefix = fold(value);
			return (r) => [r.full_name, r.first_name, r.last_name].some((n) => fold(n).startsWith(prefix));
		},
		updated_at_gteq: dateGteq('updated_at'),
		'legal_entity_ids[]': inSet('legal_entity_id'),
		company_identifier: equals('company_identifier'),
		'team_ids[]': (value, ctx) => {
			const members = new Set();
			for (const teamId of asList(value)) {
				const team = ctx.store.get('teams').get(teamId);
				if (team) for (const id of team.employee_ids) members.add(id);
			}
			return (r) => members.has(r.id);
		},
		'location_ids[]': inSet('location_id'),
		only_active: whenTrue(() => {
			const day = today();
			return (r) => !terminatedBy(r, day);
		}),
		only_managers: whenTrue((ctx) => {
			const ids = managerIds(ctx.collection);
			return (r) => ids.has(r.id);
		}),
	},
	actions: {
		create_with_contract: {
			creates: true,
			handler(ctx, values) {
				if (emailTaken(ctx.collection, values.email)) throw invalid('email', 'email has already been taken');
				const locations = ctx.store.get('locations').all();
				const main = locations.find((l) => l.main) || locations[0];
				return {
					login_email: values.email,
					company_id: ctx.fixtures.companyId,
					legal_entity_id: values.legal_entity_id ?? ctx.fixtures.legalEntityId,
					location_id: values.location_id ?? (main ? main.id : null),
					seniority_calculation_date: values.seniority_calculation_date ?? values.contract_starts_on ?? today(),
					attendable: true,
				};
			},
			afterCreate(ctx, employee, values) {
				joinTeam(ctx.store, ctx.fixtures.companyId, values.team_id, employee.id);
			},
		},
		terminate: {
			handler(ctx, values) {
				if (!isDate(values.terminated_on)) throw invalid('terminated_on', 'terminated_on must be a date (YYYY-MM-DD)');
				return { terminated_on: values.terminated_on, termination_reason: values.termination_reason ?? null };
			},
		},
		unterminate: {
			handler: () => ({ terminated_on: null, termination_reason: null, termination_reason_type: null, termination_observations: null }),
		},
		// Nothing in the employee object records an invitation; the write is still logged and fingerprinted.
		invite: { handler: () => ({}) },
	},
	seed(ctx) {
		seedEmployees(ctx, {
			count: ctx.options.employees,
			seed: ctx.options.seed,
			locations: ctx.store.get('locations').all(),
			teams: ctx.store.get('teams').all(),
			legalEntityId: ctx.fixtures.legalEntityId,
		});
	},
};
