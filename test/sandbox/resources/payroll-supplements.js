'use strict';
// Payroll supplements: one-off amounts for an employee in a payroll period (overtime, a bonus paid
// out, a meal allowance for the month), optionally tied to one of the employee's compensations.
const { inSet, equals, dateFrom, dateTo } = require('../filters');
const { invalid } = require('../errors');
const { isDate } = require('../validate');
const facts = require('../facts');

const UNITS = facts.objectFields('payroll_supplement').unit.enum;

module.exports = {
	name: 'payroll_supplements',
	path: 'payroll/supplements',
	object: 'payroll_supplement',
	firstId: 420001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { employee_id: 'employees', contracts_compensation_id: 'compensations' },
	validate(ctx, values, record) {
		if (values.effective_on != null && !isDate(values.effective_on)) throw invalid('effective_on', 'effective_on must be a date (YYYY-MM-DD)');
		if (values.unit != null && !UNITS.includes(values.unit)) throw invalid('unit', `unit must be one of: ${UNITS.join(', ')}`);
		// A supplement paid against a compensation is paid to the employee whose contract it is on.
		const merged = { ...record, ...values };
		if (merged.contracts_compensation_id != null) {
			const compensation = ctx.store.get('compensations').get(merged.contracts_compensation_id);
			const version = compensation && ctx.store.get('contract_versions').get(compensation.contract_version_id);
			if (version && version.employee_id !== merged.employee_id) {
				throw invalid('contracts_compensation_id', `compensation ${compensation.id} belongs to employee ${version.employee_id}, not ${merged.employee_id}`);
			}
		}
	},
	// unit is required in the object; a supplement of a compensation takes its unit, otherwise money.
	defaults(ctx, values) {
		const compensation = values.contracts_compensation_id ? ctx.store.get('compensations').get(values.contracts_compensation_id) : null;
		const unit = compensation && UNITS.includes(compensation.unit) ? compensation.unit : 'money';
		return { company_id: ctx.fixtures.companyId, unit };
	},
	derive(record, ctx) {
		const employee = ctx.store.get('employees').get(record.employee_id);
		const legalEntityId = employee ? employee.legal_entity_id : null;
		const entity = legalEntityId ? ctx.store.get('legal_entities').get(legalEntityId) : null;
		return { legal_entity_id: legalEntityId, currency: record.unit === 'money' && entity ? entity.currency : null };
	},
	filters: {
		from: dateFrom('effective_on'),
		to: dateTo('effective_on'),
		'employee_ids[]': inSet('employee_id'),
		'policy_period_ids[]': inSet('payroll_policy_period_id'),
		compensation_id: equals('contracts_compensation_id'),
		'ids[]': inSet('id'),
		'legal_entity_ids[]': inSet('legal_entity_id'),
	},
	// August and September 2026 (payroll policy periods 7001 and 7002): the meal allowance of every
	// seeded one, and four hours of overtime for the first five employees with a contract.
	seed(ctx) {
		const versions = ctx.store.get('contract_versions');
		const periods = [['7001', '2026-08-31'], ['7002', '2026-09-30']];
		for (const [period, day] of periods) {
			const base = { company_id: ctx.fixtures.companyId, payroll_policy_period_id: period, effective_on: day, created_at: `${day}T12:00:00.000Z`, updated_at: `${day}T12:00:00.000Z` };
			for (const c of ctx.store.get('compensations').all().filter((row) => row.contracts_taxonomy_id === '501')) {
				const employeeId = versions.get(c.contract_version_id).employee_id;
				ctx.insert({ ...base, employee_id: employeeId, contracts_compensation_id: c.id, contracts_taxonomy_id: '501', unit: 'money', amount_in_cents: c.amount, description: 'Meal allowance' });
			}
			const withContract = [...new Set(versions.all().map((v) => v.employee_id))].slice(0, 5);
			for (const employeeId of withContract) {
				ctx.insert({ ...base, employee_id: employeeId, contracts_taxonomy_id: '503', unit: 'time', amount_in_cents: 400, description: 'Overtime' });
			}
		}
	},
};
