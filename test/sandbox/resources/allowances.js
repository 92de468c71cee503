'use strict';
// The allowance object is not in the 2026-10-01 catalog; its fields come from the SDK's Ruby docs
// (facts/supplement-2026-07-01.json). An allowance belongs to a time-off policy and lists its leave
// types; it has no employee field, so allowances are seeded per policy and leave type.
const { inSet, equals, whenTrue } = require('../filters');
const writes = require('./allowance-writes');

const POLICIES = { spain: '71', uk: '72' };
// [policy, name, leave type identifier, units in cents, overrides]
const SEED = [
	[POLICIES.spain, 'Vacation', 'vacation', 2300],
	[POLICIES.spain, 'Personal days', 'personal_days', 300],
	[POLICIES.spain, 'Overtime compensation', 'personal_days', 0, { allowance_type: 'hours', source_units: 'overtime_units', rounding: 'decimals' }],
	[POLICIES.uk, 'Vacation', 'vacation', 2500],
	[POLICIES.uk, 'Personal days', 'personal_days', 200],
];

const BASE = {
	allowance_type: 'days',
	available_days: 'all_days',
	carry_over_days: 0,
	carry_over_units_in_cents: 0,
	count_holiday_as_workable: false,
	cycle_length: 12,
	cycle_start: 'jan',
	days_type: 'working_days',
	frequency: 'yearly',
	negative_counter_type: 'negative_counter_disabled',
	proration_type: 'proration_enabled',
	pto_proratio_enabled: true,
	range_type: 'exact_range',
	rounding: 'half_day',
	source_units: 'base_units',
	tenure_periods: [],
	tenure_periods_enabled: false,
	timeoff_cycle: 'jan_dec',
	unlimited_accrued_hours: false,
	unlimited_carry_over: false,
	unlimited_carry_over_expiration: false,
	unlimited_holidays: false,
};

module.exports = {
	name: 'allowances',
	path: 'timeoff/allowances',
	object: 'allowance',
	firstId: 61,
	// Writes: their bodies come from the full catalog (allowance-writes.js).
	ops: ['list', 'get', 'create', 'update', 'delete'],
	...writes,
	filters: {
		'ids[]': inSet('id'),
		timeoff_policy_id: equals('timeoff_policy_id'),
		by_overtime: whenTrue(() => (r) => r.source_units === 'overtime_units'),
	},
	// Also fills each leave type's allowance_ids ("IDs of the allowances this leave type draws from").
	seed(ctx) {
		const types = ctx.store.get('leave_types');
		SEED.forEach(([policyId, name, identifier, cents, overrides], position) => {
			const type = types.all().find((t) => t.identifier === identifier);
			const allowance = ctx.insert({ ...BASE, ...overrides, name, position, timeoff_policy_id: policyId, leave_type_ids: [type.id], holiday_allowance_in_cents: cents });
			types.update(type.id, { allowance_ids: [...type.allowance_ids, allowance.id] });
		});
	},
};
