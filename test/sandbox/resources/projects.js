'use strict';
// Projects. Bodies and the status values come from facts/supplement-projects-2026-07-01.json (the
// catalog has only the project object). A project is created `active` with `manual` assignment
// unless the body says otherwise, as the create endpoint documents. Closing a project stops time
// records on it (time-records.js): the status says "whether it is still running and can take new
// charges". Tracked minutes are kept up to date by time-records.js. The object has no updated_at,
// so `updated_after` is not served (ignored).
const { inSet, whenTrue, flag, fold } = require('../filters');
const { invalid } = require('../errors');
const { isDate } = require('../validate');

const contains = (...fields) => (value) => {
	const wanted = fold(value);
	return (r) => fields.some((f) => r[f] != null && fold(r[f]).includes(wanted));
};
// Read-only calculation flags: checked, then they select nothing by themselves.
const calculationFlag = (value) => (flag(value), null);

module.exports = {
	name: 'projects',
	path: 'project_management/projects',
	object: 'project',
	firstId: 70001,
	ops: ['list', 'get', 'create', 'update'],
	refs: { legal_entity_id: 'legal_entities' },
	defaults: (ctx) => ({
		status: 'active',
		employees_assignment: 'manual',
		is_billable: false,
		legal_entity_id: ctx.fixtures.legalEntityId,
		inputed_minutes: 0,
		labor_cost_cents: 0,
		spending_cost_cents: 0,
	}),
	validate(ctx, values, record) {
		for (const field of ['start_date', 'due_date']) {
			if (values[field] != null && !isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
		}
		const start = values.start_date !== undefined ? values.start_date : record && record.start_date;
		const due = values.due_date !== undefined ? values.due_date : record && record.due_date;
		if (start != null && due != null && due < start) throw invalid('due_date', 'due_date must not be before start_date');
		if (values.budget_allocation != null && values.budget_allocation_cents != null) {
			throw invalid('budget_allocation', 'budget_allocation and budget_allocation_cents exclude each other');
		}
		// "Optional unique code for the project".
		if (values.code != null && ctx.collection.all().some((p) => p.code === values.code && (!record || p.id !== record.id))) {
			throw invalid('code', `code ${values.code} is already used by another project`);
		}
		const employees = ctx.store.get('employees');
		for (const field of ['project_admins', 'project_managers']) {
			const unknown = (values[field] || []).filter((id) => !employees.get(id));
			if (unknown.length) throw invalid(field, `${field} ${unknown.join(', ')} do not exist`);
		}
	},
	derive: (record) => ({
		total_cost_cents: (record.fixed_cost_cents || 0) + (record.labor_cost_cents || 0) + (record.spending_cost_cents || 0),
	}),
	filters: {
		'ids[]': inSet('id'),
		name: contains('name'),
		name_or_code: contains('name', 'code'),
		include_inputed_minutes: calculationFlag,
		include_costs: calculationFlag,
		legal_entity_id: (value) => (r) => r.legal_entity_id === String(value),
		'client_ids[]': inSet('client_id'),
		no_clients: whenTrue(() => (r) => r.client_id == null),
		// The project's currency is its legal entity's ("Id of the legal entity for the currency of the project").
		total_currency: (value, ctx) => {
			const entities = ctx.store.get('legal_entities');
			return (r) => {
				const entity = entities.get(r.legal_entity_id);
				return Boolean(entity && fold(entity.currency) === fold(value));
			};
		},
	},
	actions: {
		close: { handler: () => ({ status: 'closed' }) },
		activate: { handler: () => ({ status: 'active' }) },
		change_status: { handler: (ctx, values) => ({ status: values.status }) },
	},
	seed(ctx) {
		const rows = [
			{ name: 'Website Relaunch', code: 'WEB', status: 'active', is_billable: true, client_id: '5001', fixed_cost_cents: 250000, start_date: '2026-03-01', due_date: '2026-12-31' },
			{ name: 'Internal Tools', code: 'INT', status: 'active', is_billable: false, start_date: '2026-01-15' },
			{ name: 'Mobile App', code: 'APP', status: 'active', is_billable: true, client_id: '5002', start_date: '2026-06-01', due_date: '2027-03-31' },
			{ name: 'Legacy Migration', code: 'LEG', status: 'closed', is_billable: false, start_date: '2025-02-01', due_date: '2025-11-30' },
			{ name: 'Research Proposal', code: 'RND', status: 'draft', is_billable: false },
		];
		for (const row of rows) {
			ctx.insert({
				employees_assignment: 'manual',
				legal_entity_id: ctx.fixtures.legalEntityId,
				description: `${row.name} project`,
				inputed_minutes: 0,
				fixed_cost_cents: 0,
				labor_cost_cents: 0,
				spending_cost_cents: 0,
				...row,
			});
		}
	},
};
