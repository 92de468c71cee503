'use strict';
const { inSet, equals, boolEquals } = require('../filters');
const { invalid, malformed } = require('../errors');

// [name, identifier, color, overrides]; identifiers are lower_snake like the SDK's example "custom".
const SEED = [
	['Vacation', 'vacation', '#3e8ede', { accrues: true, approval_required: true, half_days_units_enabled: true }],
	['Sick leave', 'sick_leave', '#e0533d', { attachment: true, details_required: true, allow_endless: true }],
	['Personal days', 'personal_days', '#8e6bd1', { accrues: true, approval_required: true }],
	['Parental leave', 'parental_leave', '#f2a93b', { approval_required: true, attachment: true, is_attachment_mandatory: true, max_days_in_cents: 11200 }],
	['Unpaid leave', 'unpaid_leave', '#9aa5b1', { approval_required: true, payable: false }],
	['Study leave', 'study_leave', '#4fb286', { approval_required: true, active: false }],
];

const BASE = {
	accrues: false,
	approval_required: false,
	attachment: false,
	allow_endless: false,
	restricted: false,
	visibility: true,
	workable: false,
	payable: true,
	editable: true,
	active: true,
	is_attachment_mandatory: false,
	half_days_units_enabled: false,
	details_required: false,
};

module.exports = {
	name: 'leave_types',
	path: 'timeoff/leave_types',
	object: 'leave_type',
	firstId: 41,
	ops: ['list', 'get', 'create', 'update'],
	// attachment and visibility are required object fields but optional in the create body.
	defaults: () => ({ active: true, attachment: false, visibility: true, allowance_ids: [] }),
	// "A unique identifier for the leave type".
	validate(ctx, values, record) {
		if (values.identifier == null) return;
		const taken = ctx.collection.all().some((t) => t.identifier === values.identifier && (!record || t.id !== record.id));
		if (taken) throw invalid('identifier', 'identifier has already been taken');
	},
	derive: (record) => ({ translated_name: record.name }),
	filters: {
		'ids[]': inSet('id'),
		'company_ids[]': inSet('company_id'),
		active: boolEquals('active'),
		payable: boolEquals('payable'),
		identifier: inSet('identifier'),
		leave_type_id: equals('id'),
		allow_endless: boolEquals('allow_endless'),
		// No time-off policies are modelled: every active type is "granted" to an existing employee.
		employee_id(value, ctx) {
			if (!ctx.query.reference_date) throw malformed('reference_date is required with employee_id', 'reference_date');
			const known = Boolean(ctx.store.get('employees').get(value));
			return (r) => known && r.active === true;
		},
	},
	seed(ctx) {
		for (const [name, identifier, color, overrides] of SEED) {
			ctx.insert({ ...BASE, ...overrides, name, identifier, color, company_id: ctx.fixtures.companyId, description: `${name} (sandbox)` });
		}
	},
};
