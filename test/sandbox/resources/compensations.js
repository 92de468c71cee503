'use strict';
// Compensations: pay items attached to a contract version (a meal allowance, a yearly bonus...).
const { inSet } = require('../filters');
const { invalid } = require('../errors');
const { isDate } = require('../validate');

// The object: "Required field. You can only use the following options: ...".
const TYPES = ['fixed', 'undefined', 'up_to', 'per_worked_day', 'per_worked_hour'];
// "Frequency (monthly, yearly, one_time) ... Could be empty, use recurrence_count in that case".
const RECURRENCES = ['monthly', 'yearly', 'one_time'];

module.exports = {
	name: 'compensations',
	path: 'contracts/compensations',
	object: 'compensation',
	firstId: 410001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { contract_version_id: 'contract_versions' },
	validate(ctx, values, record) {
		const merged = { ...record, ...values };
		if (merged.compensation_type == null) throw invalid('compensation_type', "compensation_type can't be blank");
		if (!TYPES.includes(merged.compensation_type)) throw invalid('compensation_type', `compensation_type must be one of: ${TYPES.join(', ')}`);
		// amount: "Required unless the compensation type is `undefined`".
		if (merged.compensation_type !== 'undefined' && merged.amount == null) {
			throw invalid('amount', `amount is required for a ${merged.compensation_type} compensation`);
		}
		if (values.recurrence != null && !RECURRENCES.includes(values.recurrence)) {
			throw invalid('recurrence', `recurrence must be one of: ${RECURRENCES.join(', ')}`);
		}
		for (const field of ['starts_on', 'first_payment_on']) {
			if (values[field] != null && !isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
		}
	},
	// unit is required in the object, with no documented default; money is what a pay item is in.
	defaults: () => ({ unit: 'money' }),
	// Paid in the contract's currency.
	derive(record, ctx) {
		const version = ctx.store.get('contract_versions').get(record.contract_version_id);
		return { currency: version ? version.salary_currency : null };
	},
	filters: {
		'ids[]': inSet('id'),
		'contract_version_ids[]': inSet('contract_version_id'),
	},
	// A monthly meal allowance on every second contract version in effect (of someone still employed),
	// a yearly bonus on every third.
	seed(ctx) {
		const versions = ctx.store.get('contract_versions').all();
		const current = versions.filter((v) => v.ends_on == null && !versions.some((w) => w.employee_id === v.employee_id && w.effective_on > v.effective_on));
		current.forEach((version, i) => {
			const base = { contract_version_id: version.id, unit: 'money', sync_with_supplements: true, starts_on: version.effective_on };
			if (i % 2 === 0) ctx.insert({ ...base, contracts_taxonomy_id: '501', description: 'Meal allowance', compensation_type: 'fixed', amount: 16000, recurrence: 'monthly' });
			if (i % 3 === 0) ctx.insert({ ...base, contracts_taxonomy_id: '502', description: 'Yearly bonus', compensation_type: 'up_to', amount: 300000, recurrence: 'yearly', calculation: 'current period' });
		});
	},
};
