'use strict';
// Contract versions: the terms of an employee's contract from a given day on (job title, salary,
// working time). An employee's versions form a history; the current one is the latest in effect.
const { inSet, dateParam } = require('../filters');
const { invalid, malformed } = require('../errors');
const { isDate } = require('../validate');

const DATES = ['effective_on', 'starts_on', 'ends_on', 'trial_period_ends_on'];
// What copy_current_contract_version carries over: the terms, not the identity or the stamps.
const NOT_COPIED = new Set(['id', 'company_id', 'employee_id', 'effective_on', 'created_at', 'updated_at']);

/** The employee's version in effect on `day` (the latest effective_on on or before it), or null. */
function currentVersion(store, employeeId, day) {
	let found = null;
	for (const v of store.get('contract_versions').all()) {
		if (v.employee_id !== employeeId || (day && v.effective_on > day)) continue;
		if (!found || v.effective_on >= found.effective_on) found = v;
	}
	return found;
}

const hasSalary = (v) => v != null && (v.salary_amount != null || v.salary_frequency != null);

// "When adding a salary to a contract that previously had none, both salary_amount and
// salary_frequency must be provided together."
function checkSalaryPair(values, before) {
	if (hasSalary(before)) return;
	const amount = values.salary_amount != null;
	const frequency = values.salary_frequency != null;
	if (amount && !frequency) throw invalid('salary_frequency', 'salary_frequency must be provided together with salary_amount');
	if (frequency && !amount) throw invalid('salary_amount', 'salary_amount must be provided together with salary_frequency');
}

const timestampParam = (value) => {
	const ms = Date.parse(String(value));
	if (Number.isNaN(ms)) throw malformed(`"${value}" is not an ISO 8601 timestamp`);
	return ms;
};

const JOBS = [
	['Software Engineer', 4200000], ['Account Executive', 3600000], ['Marketing Specialist', 3300000],
	['HR Generalist', 3100000], ['Financial Analyst', 3800000], ['Support Agent', 2600000],
];

module.exports = {
	name: 'contract_versions',
	path: 'contracts/contract_versions',
	object: 'contract_version',
	firstId: 400001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { employee_id: 'employees' },
	validate(ctx, values, record) {
		for (const field of DATES) {
			if (values[field] != null && !isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
		}
		const merged = { ...record, ...values };
		if (merged.ends_on != null && merged.starts_on != null && merged.ends_on < merged.starts_on) {
			throw invalid('ends_on', 'ends_on must not be before starts_on');
		}
		// effective_on is "the day the specific contract starts, in case of hiring the same than starts_on".
		if (merged.effective_on != null && merged.starts_on != null && merged.effective_on < merged.starts_on) {
			throw invalid('effective_on', 'effective_on must not be before starts_on');
		}
		const before = record || (values.copy_current_contract_version === true ? currentVersion(ctx.store, values.employee_id, values.effective_on) : null);
		checkSalaryPair(values, before);
	},
	defaults(ctx, values) {
		const copied = {};
		const current = values.copy_current_contract_version === true ? currentVersion(ctx.store, values.employee_id, values.effective_on) : null;
		if (current) for (const [key, value] of Object.entries(current)) if (!NOT_COPIED.has(key)) copied[key] = value;
		// has_payroll and bank_holiday_treatment are required in the object; nothing says what a new
		// version without them holds, so: no payroll policy, bank holidays off work.
		return { has_payroll: false, fr_forfait_jours: false, bank_holiday_treatment: 'non_workable', ...copied, company_id: ctx.fixtures.companyId };
	},
	// "salary_currency: the currency of the salary amount, inherited from the governing legal entity."
	derive(record, ctx) {
		const employee = ctx.store.get('employees').get(record.employee_id);
		const entity = employee && employee.legal_entity_id ? ctx.store.get('legal_entities').get(employee.legal_entity_id) : null;
		return { salary_currency: entity ? entity.currency : null, country: entity ? entity.country : record.country };
	},
	// A version's compensations belong to it.
	afterDelete(ctx, version) {
		const compensations = ctx.store.get('compensations');
		for (const c of compensations.all().filter((row) => row.contract_version_id === version.id)) compensations.remove(c.id);
	},
	filters: {
		'ids[]': inSet('id'),
		'employee_ids[]': inSet('employee_id'),
		// "filters contracts of employees with effective_on date less or equal than the given date."
		date: (value) => {
			const day = dateParam(value);
			return (r) => r.effective_on != null && r.effective_on <= day;
		},
		'job_catalog_tree_node_uuids[]': inSet('job_catalog_tree_node_uuid'),
		updated_at_gteq: (value) => {
			const from = timestampParam(value);
			return (r) => r.updated_at != null && Date.parse(r.updated_at) >= from;
		},
		updated_at_lteq: (value) => {
			const to = timestampParam(value);
			return (r) => r.updated_at != null && Date.parse(r.updated_at) <= to;
		},
	},
	// The hiring contract of the first 40 employees (ending on the termination day of those who left),
	// and a raise from 2026-04-01 for every fourth one still employed and hired before then.
	seed(ctx) {
		const people = ctx.store.get('employees').all().slice(0, 40);
		const add = (employee, effectiveOn, job, salary, stamp) =>
			ctx.insert({
				company_id: ctx.fixtures.companyId,
				employee_id: employee.id,
				effective_on: effectiveOn,
				starts_on: employee.seniority_calculation_date,
				ends_on: employee.terminated_on,
				job_title: job,
				salary_amount: salary,
				salary_frequency: 'yearly',
				working_hours: 40,
				working_hours_frequency: 'week',
				working_week_days: 'monday,tuesday,wednesday,thursday,friday',
				has_payroll: true,
				has_trial_period: false,
				bank_holiday_treatment: 'non_workable',
				working_time_percentage_in_cents: 10000,
				fr_forfait_jours: false,
				job_catalog_tree_node_uuid: `jobcatalog_treelevel-${1 + (Number(employee.id) % 3)}`,
				created_at: stamp,
				updated_at: stamp,
			});
		for (const employee of people) {
			const n = Number(employee.id);
			const [job, salary] = JOBS[n % JOBS.length];
			add(employee, employee.seniority_calculation_date, job, salary, `${employee.seniority_calculation_date}T08:00:00.000Z`);
			if (n % 4 === 0 && employee.terminated_on == null && employee.seniority_calculation_date < '2026-04-01') {
				add(employee, '2026-04-01', `Senior ${job}`, Math.round(salary * 1.05), '2026-03-20T10:00:00.000Z');
			}
		}
	},
	currentVersion,
};
