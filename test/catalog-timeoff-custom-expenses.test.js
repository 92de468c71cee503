'use strict';
// Curated operations for time off (allowance adjustments, policy assignments, blocked periods,
// leave approve all / delete many / French day counts, policy timelines), custom fields and custom
// resources, and expenses (expensables, mileages, per diems): the request each operation sends, and
// that Get Many pages. Tested against the sandbox's generic layer (checked against Factorial's
// catalog) and, for leaves, its hand-written resource (test/sandbox/resources/leave-bulk-actions.js).
const { runOk, runFailing, useSandbox, rl } = require('./helpers/factorial');

let sb;
useSandbox((started) => {
	sb = started;
});

const V = '/api/2026-10-01/resources';
const op = (resource, operation, parameters = {}) => ({ parameters: { resource, operation, ...parameters } });
const noUnknown = (request) => expect([request.unknownFields, request.unknownQuery]).toEqual([undefined, undefined]);
const ids = (run) => run.items.map((i) => i.json.id);

async function post(path, body) {
	const res = await fetch(`${sb.url}${V}/${path}`, { method: 'POST', headers: { 'x-api-key': sb.fixtures.apiKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
	expect(res.status).toBeLessThan(300);
	return await res.json();
}

/** Create, Get, Update (when given), Get Many by id and Delete of one generic resource; returns the created id. */
async function lifecycle(resource, idParameter, { create, createBody, update, updateBody, path }) {
	const created = await runOk(sb, op(resource, 'create', create));
	const post = created.requests.find((r) => r.method === 'POST');
	expect(post).toMatchObject({ path: `${V}/${path}`, body: createBody });
	noUnknown(post);
	const id = created.items[0].json.id;
	const got = await runOk(sb, op(resource, 'get', { [idParameter]: id }));
	expect(got.requests[0]).toMatchObject({ method: 'GET', path: `${V}/${path}/${id}` });
	if (update) {
		const updated = await runOk(sb, op(resource, 'update', { [idParameter]: id, ...update }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/${path}/${id}`, body: { id, ...updateBody } });
		noUnknown(updated.requests[0]);
	}
	const listed = await runOk(sb, op(resource, 'getAll', { returnAll: true, filters: { ids: id } }));
	expect(listed.requests[0].query).toMatchObject({ 'ids[]': [id] });
	expect(ids(listed)).toEqual([id]);
	return id;
}

async function deletes(resource, idParameter, path, id) {
	const deleted = await runOk(sb, op(resource, 'delete', { [idParameter]: id }));
	expect(deleted.requests[0]).toMatchObject({ method: 'DELETE', path: `${V}/${path}/${id}` });
	expect((await runFailing(sb, op(resource, 'get', { [idParameter]: id }))).error.httpCode).toBe('404');
}

describe('Allowance Adjustment', () => {
	test('create, get, update, list by employee and allowance, delete', async () => {
		const id = await lifecycle('allowanceAdjustment', 'allowanceAdjustmentId', {
			path: 'timeoff/allowance_incidences',
			create: { employeeId: rl('3'), timeoffAllowanceId: '61', daysInCents: -150, effectiveOn: '2026-11-02', targetBalance: 'available', additionalFields: { description: 'Bridge day', skipNotifications: true } },
			createBody: { employee_id: '3', timeoff_allowance_id: '61', days_in_cents: -150, effective_on: '2026-11-02', target_balance: 'available', description: 'Bridge day', _skip_notifications: true },
			update: { updateFields: { daysInCents: 200, targetBalance: 'accrued' } },
			updateBody: { days_in_cents: 200, target_balance: 'accrued' },
		});
		const mine = await runOk(sb, op('allowanceAdjustment', 'getAll', { returnAll: true, filters: { employeeIds: '3', timeoffAllowanceIds: '61' } }));
		expect(mine.requests[0].query).toMatchObject({ 'employee_ids[]': ['3'], 'timeoff_allowance_ids[]': ['61'] });
		noUnknown(mine.requests[0]);
		expect(ids(mine)).toContain(id);
		await deletes('allowanceAdjustment', 'allowanceAdjustmentId', 'timeoff/allowance_incidences', id);
	});

	test('the units must be a whole number; nothing is sent otherwise', async () => {
		const bad = await runFailing(sb, op('allowanceAdjustment', 'create', { employeeId: rl('3'), timeoffAllowanceId: '61', daysInCents: 1.5, effectiveOn: '2026-11-02', targetBalance: 'available' }));
		expect(bad.error.message).toMatch(/Units \(in Cents\)/);
		expect(bad.requests).toHaveLength(0);
	});

	test('Get Many follows the pages; Limit stops early', async () => {
		for (let n = 0; n < 101; n++) {
			await post('timeoff/allowance_incidences', { employee_id: '4', timeoff_allowance_id: '62', days_in_cents: n, effective_on: '2026-10-01', target_balance: 'accrued' });
		}
		const all = await runOk(sb, op('allowanceAdjustment', 'getAll', { returnAll: true, filters: { employeeIds: '4' } }));
		expect(all.items.length).toBeGreaterThanOrEqual(101);
		expect(new Set(ids(all)).size).toBe(all.items.length);
		expect(all.requests.length).toBeGreaterThanOrEqual(2);
		expect(all.requests[0].query.after_id).toBeUndefined();
		expect(all.requests[1].query.after_id).toEqual(expect.any(String));
		const some = await runOk(sb, op('allowanceAdjustment', 'getAll', { limit: 3, filters: { employeeIds: '4' } }));
		expect(some.items).toHaveLength(3);
		expect(some.requests).toHaveLength(1);
	});
});

describe('Time Off Policy Assignment and Timeline', () => {
	test('assign an employee to a policy, change it, list by policy, delete', async () => {
		const id = await lifecycle('timeOffPolicyAssignment', 'policyAssignmentId', {
			path: 'timeoff/policy_assignments',
			create: { employeeId: rl('5'), timeoffPolicyId: '72', effectiveAt: '2027-01-01' },
			createBody: { employee_id: '5', timeoff_policy_id: '72', effective_at: '2027-01-01' },
			update: { timeoffPolicyId: '71', effectiveAt: '2027-02-01' },
			updateBody: { timeoff_policy_id: '71', effective_at: '2027-02-01' },
		});
		const byPolicy = await runOk(sb, op('timeOffPolicyAssignment', 'getAll', { returnAll: true, filters: { timeoffPolicyIds: '71', employeeIds: '5' } }));
		expect(byPolicy.requests[0].query).toMatchObject({ 'timeoff_policy_ids[]': ['71'], 'employee_ids[]': ['5'] });
		noUnknown(byPolicy.requests[0]);
		await deletes('timeOffPolicyAssignment', 'policyAssignmentId', 'timeoff/policy_assignments', id);
	});

	test('Get Timeline sends the employee and the day Factorial requires, and refuses to send without them', async () => {
		const { requests } = await runOk(sb, op('timeOffPolicy', 'getTimeline', { employeeId: rl('3'), referenceDate: '2026-10-01', returnAll: true }));
		expect(requests[0]).toMatchObject({ method: 'GET', path: `${V}/timeoff/policy_timelines`, query: { employee_id: '3', reference_date: '2026-10-01' } });
		noUnknown(requests[0]);
		const missing = await runFailing(sb, op('timeOffPolicy', 'getTimeline', { employeeId: rl('3'), referenceDate: '={{ "" }}' }));
		expect(missing.error.message).toBe('"On Date" in item 0 is required but empty');
		expect(missing.requests).toHaveLength(0);
	});
});

describe('Blocked Period', () => {
	test('create fills the company; update sends every field Factorial requires; delete', async () => {
		const created = await runOk(sb, op('blockedPeriod', 'create', { name: 'Year-end closing', leaveTypeIds: '42, 43' }));
		const post = created.requests.find((r) => r.method === 'POST');
		expect(post).toMatchObject({ path: `${V}/timeoff/blocked_periods`, body: { company_id: sb.fixtures.companyId, name: 'Year-end closing', leave_type_ids: ['42', '43'] } });
		noUnknown(post);
		const id = created.items[0].json.id;
		const periods = [{ start_on: '2026-12-20', finish_on: '2026-12-31' }];
		const updated = await runOk(sb, op('blockedPeriod', 'update', {
			blockedPeriodId: id, name: 'Closing', leaveTypeIds: '42', timePeriodsAttributes: JSON.stringify(periods), strategy: 'manual', updateFields: { members: '3, 4', teamIds: '12' },
		}));
		expect(updated.requests[0]).toMatchObject({
			method: 'PUT',
			path: `${V}/timeoff/blocked_periods/${id}`,
			body: { id, name: 'Closing', leave_type_ids: ['42'], time_periods_attributes: periods, strategy: 'manual', members: ['3', '4'], team_ids: ['12'] },
		});
		noUnknown(updated.requests[0]);
		const notJson = await runFailing(sb, op('blockedPeriod', 'update', { blockedPeriodId: id, name: 'x', leaveTypeIds: '42', timePeriodsAttributes: '[{', strategy: 'manual' }));
		expect(notJson.error.message).toMatch(/Time Periods \(JSON\)/);
		expect(notJson.requests).toHaveLength(0);
		const listed = await runOk(sb, op('blockedPeriod', 'getAll', { returnAll: true, filters: { ids: id } }));
		expect(ids(listed)).toEqual([id]);
		await deletes('blockedPeriod', 'blockedPeriodId', 'timeoff/blocked_periods', id);
	});
});

describe('Leave: Approve All, Delete Many, French Day Counts', () => {
	const pending = async (start) => (await runOk(sb, op('leave', 'create', { employeeId: rl('3'), startOn: start, additionalFields: { finishOn: start } }))).items[0].json.id;

	test('Approve All approves the leave; the sandbox applies Factorial\'s rule', async () => {
		const id = await pending('2027-04-05');
		const { items, requests } = await runOk(sb, op('leave', 'approveAll', { leaveId: id }));
		expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/timeoff/leaves/approve_all`, body: { id } });
		noUnknown(requests[0]);
		expect(items[0].json.approved).toBe(true);
		expect((await runOk(sb, op('leave', 'get', { leaveId: id }))).items[0].json.approved).toBe(true);
	});

	test('Delete Many cancels the leaves named, and nothing when one is unknown', async () => {
		const a = await pending('2027-05-03');
		const b = await pending('2027-05-10');
		const refused = await runFailing(sb, op('leave', 'bulkDelete', { leaveIds: `${a}, 999999` }));
		expect(refused.error.httpCode).toBe('404');
		expect((await runOk(sb, op('leave', 'get', { leaveId: a }))).items[0].json.id).toBe(a);
		const { items, requests } = await runOk(sb, op('leave', 'bulkDelete', { leaveIds: `${a}, ${b}` }));
		expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/timeoff/leaves/bulk_delete`, body: { ids: [a, b] } });
		noUnknown(requests[0]);
		expect(items.map((i) => i.json.id)).toEqual([a, b]);
		expect((await runFailing(sb, op('leave', 'get', { leaveId: b }))).error.httpCode).toBe('404');
		const empty = await runFailing(sb, op('leave', 'bulkDelete', { leaveIds: '={{ "" }}' }));
		expect(empty.error.message).toBe('"Leave IDs" in item 0 is required but empty');
		expect(empty.requests).toHaveLength(0);
	});

	test('French day counts always send include_deleted, with the filters', async () => {
		const { requests } = await runOk(sb, op('leave', 'getFrenchDayCounts', { returnAll: true, filters: { employeeIds: '3', from: '2026-01-01', to: '2026-12-31' } }));
		expect(requests[0]).toMatchObject({ path: `${V}/timeoff/french_leave_day_counts`, query: { include_deleted: 'false', 'employee_ids[]': ['3'], from: '2026-01-01', to: '2026-12-31' } });
		noUnknown(requests[0]);
	});
});

describe('Custom fields and custom resources', () => {
	test('create a choice field with its options, read them back, delete the field', async () => {
		const created = await runOk(sb, op('customField', 'create', { fieldType: 'single_choice', additionalFields: { label: 'T-shirt size', options: 'S, M, L', editable: 'everybody', required: false } }));
		const post = created.requests.find((r) => r.method === 'POST');
		expect(post).toMatchObject({ path: `${V}/custom_fields/fields`, body: { company_id: sb.fixtures.companyId, field_type: 'single_choice', label: 'T-shirt size', options: ['S', 'M', 'L'], editable: 'everybody', required: false } });
		noUnknown(post);
		const fieldId = created.items[0].json.id;
		const optionId = await lifecycle('customFieldOption', 'customFieldOptionId', {
			path: 'custom_fields/options',
			create: { fieldId, label: 'XL', additionalFields: { isActive: true } },
			createBody: { field_id: fieldId, label: 'XL', is_active: true },
		});
		const byField = await runOk(sb, op('customFieldOption', 'getAll', { returnAll: true, filters: { fieldIds: fieldId } }));
		expect(byField.requests[0].query).toMatchObject({ 'field_ids[]': [fieldId] });
		expect(ids(byField)).toContain(optionId);
		await deletes('customField', 'customFieldId', 'custom_fields/fields', fieldId);
	});

	test('a schema, one of its fields, and an employee\'s value', async () => {
		const schemaId = await lifecycle('customResourceSchema', 'customResourceSchemaId', {
			path: 'custom_resources/schemas',
			create: { name: 'Company Car', hidden: false, additionalFields: { position: 2 } },
			createBody: { name: 'Company Car', company_id: sb.fixtures.companyId, hidden: false, position: 2 },
		});
		const fieldId = await lifecycle('customResourceField', 'customResourceFieldId', {
			path: 'custom_fields/resource_fields',
			create: { schemaId, fieldType: 'text', required: true, editable: 'owned', visible: 'everybody', additionalFields: { label: 'Plate' } },
			createBody: { schema_id: schemaId, company_id: sb.fixtures.companyId, field_type: 'text', required: true, editable: 'owned', visible: 'everybody', label: 'Plate' },
		});
		const bySchema = await runOk(sb, op('customResourceField', 'getAll', { returnAll: true, filters: { schemaIds: schemaId } }));
		expect(bySchema.requests[0].query).toMatchObject({ 'schema_ids[]': [schemaId] });
		noUnknown(bySchema.requests[0]);
		const valueId = await lifecycle('customResourceValue', 'customResourceValueId', {
			path: 'custom_resources/values',
			create: { schemaId, employeeId: rl('4'), fieldId, value: '1234 ABC' },
			createBody: { schema_id: schemaId, employee_id: '4', field_id: fieldId, value: '1234 ABC' },
		});
		const byEmployee = await runOk(sb, op('customResourceValue', 'getAll', { returnAll: true, filters: { employeeIds: '4' } }));
		expect(byEmployee.requests[0].query).toMatchObject({ 'employee_ids[]': ['4'] });
		expect(ids(byEmployee)).toContain(valueId);
	});

	test('custom resources: list by employee, get one', async () => {
		const listed = await runOk(sb, op('customResource', 'getAll', { limit: 2, filters: { employeeIds: '1' } }));
		expect(listed.requests[0]).toMatchObject({ path: `${V}/custom_resources/resources`, query: { 'employee_ids[]': ['1'], limit: '2' } });
		noUnknown(listed.requests[0]);
		const any = await runOk(sb, op('customResource', 'getAll', { limit: 1 }));
		const one = await runOk(sb, op('customResource', 'get', { customResourceId: any.items[0].json.id }));
		expect(one.items[0].json.id).toBe(any.items[0].json.id);
	});
});

describe('Expensable, Mileage, Per Diem', () => {
	test('Get Many always sends the three flags Factorial requires; one status; set to paid; reimbursable amount', async () => {
		const { items, requests } = await runOk(sb, op('expensable', 'getAll', { includeGrouped: true, returnAll: true, filters: { status: 'approved', creationType: 'manual', employeeIds: '1', from: '2026-01-01', to: '2026-12-31' } }));
		expect(requests[0]).toMatchObject({
			path: `${V}/expenses/expensables`,
			query: { include_manual_drafts: 'false', include_attachments: 'false', include_grouped: 'true', 'status[]': ['approved'], 'creation_type[]': ['manual'], 'employee_ids[]': ['1'], from: '2026-01-01', to: '2026-12-31' },
		});
		noUnknown(requests[0]);
		expect(Array.isArray(items)).toBe(true);
		const all = await runOk(sb, op('expensable', 'getAll', { returnAll: true }));
		const [a, b] = ids(all);
		const paid = await runOk(sb, op('expensable', 'setPaid', { expensableIds: `${a}, ${b}` }));
		expect(paid.requests[0]).toMatchObject({ method: 'POST', path: `${V}/expenses/expensables/bulk_set_to_paid`, body: { ids: [a, b] } });
		noUnknown(paid.requests[0]);
		expect(paid.items.map((i) => [i.json.id, i.json.status])).toEqual([[a, 'paid'], [b, 'paid']]);
		const amount = await runOk(sb, op('expensable', 'updateReimbursableAmount', { expensableId: a, reimbursableAmount: 1250 }));
		expect(amount.requests[0]).toMatchObject({ method: 'POST', path: `${V}/expenses/expensables/update_reimbursable_amount`, body: { id: a, reimbursable_amount: 1250 } });
		noUnknown(amount.requests[0]);
		const got = await runOk(sb, op('expensable', 'get', { expensableId: a }));
		expect(got.items[0].json.id).toBe(a);
		const negative = await runFailing(sb, op('expensable', 'updateReimbursableAmount', { expensableId: a, reimbursableAmount: -1 }));
		expect(negative.requests).toHaveLength(0);
	});

	test('mileages and per diems: lists with their filters, one by id', async () => {
		const miles = await runOk(sb, op('mileage', 'getAll', { includeAttachments: true, returnAll: true, filters: { expensesExpensableIds: '1', cardIds: '2' } }));
		expect(miles.requests[0]).toMatchObject({ path: `${V}/expenses/mileages`, query: { include_manual_drafts: 'false', include_attachments: 'true', 'expenses_expensable_ids[]': ['1'], 'card_ids[]': ['2'] } });
		noUnknown(miles.requests[0]);
		const allMiles = await runOk(sb, op('mileage', 'getAll', { limit: 1 }));
		expect((await runOk(sb, op('mileage', 'get', { mileageId: allMiles.items[0].json.id }))).requests[0].path).toBe(`${V}/expenses/mileages/${allMiles.items[0].json.id}`);
		const diems = await runOk(sb, op('perDiem', 'getAll', { returnAll: true, filters: { excludeDrafts: true, ids: '1, 2' } }));
		expect(diems.requests[0]).toMatchObject({ path: `${V}/expenses/per_diems`, query: { exclude_drafts: 'true', 'ids[]': ['1', '2'] } });
		noUnknown(diems.requests[0]);
		const allDiems = await runOk(sb, op('perDiem', 'getAll', { limit: 1 }));
		expect((await runOk(sb, op('perDiem', 'get', { perDiemId: allDiems.items[0].json.id }))).items[0].json.id).toBe(allDiems.items[0].json.id);
	});
});

describe('Allowance: Create, Update, Delete, Delete and Move Adjustments', () => {
	const required = {
		name: 'Summer days', timeoffPolicyId: '71', leaveTypeIds: '42', holidayAllowanceInCents: 500, allowanceType: 'days', availableDays: 'all_days', accruedUnitsAvailability: 'current_cycle',
		cycleStart: 'jan', daysType: 'working_days', negativeCounterType: 'negative_counter_disabled', prorationType: 'proration_enabled', rounding: 'half_day', sourceUnits: 'base_units',
		countHolidayAsWorkable: false, ptoProratioEnabled: true, unlimitedAccruedHours: false, unlimitedCarryOver: false, unlimitedCarryOverExpiration: false, unlimitedHolidays: false, tenurePeriods: '[]',
	};

	test('create sends every setting Factorial requires; update; the leave type lists the allowance', async () => {
		const created = await runOk(sb, op('allowance', 'create', { ...required, additionalFields: { cycleLength: 12, frequency: 'yearly' } }));
		expect(created.requests[0]).toMatchObject({
			method: 'POST',
			path: `${V}/timeoff/allowances`,
			body: {
				name: 'Summer days', timeoff_policy_id: '71', leave_type_ids: ['42'], holiday_allowance_in_cents: 500, allowance_type: 'days', available_days: 'all_days', accrued_units_availability: 'current_cycle',
				cycle_start: 'jan', days_type: 'working_days', negative_counter_type: 'negative_counter_disabled', proration_type: 'proration_enabled', rounding: 'half_day', source_units: 'base_units',
				count_holiday_as_workable: false, pto_proratio_enabled: true, unlimited_accrued_hours: false, unlimited_carry_over: false, unlimited_carry_over_expiration: false, unlimited_holidays: false, tenure_periods: [], cycle_length: 12, frequency: 'yearly',
			},
		});
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		expect(created.items[0].json).toMatchObject({ name: 'Summer days', holiday_allowance_in_cents: 500 });
		const types = await runOk(sb, op('leaveType', 'get', { leaveTypeId: rl('42') }));
		expect(types.items[0].json.allowance_ids).toContain(id);

		const updated = await runOk(sb, op('allowance', 'update', { allowanceId: id, updateFields: { holidayAllowanceInCents: 700, name: 'Summer' } }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/timeoff/allowances/${id}`, body: { id, holiday_allowance_in_cents: 700, name: 'Summer' } });
		noUnknown(updated.requests[0]);
		expect((await runOk(sb, op('allowance', 'get', { allowanceId: id }))).items[0].json.holiday_allowance_in_cents).toBe(700);

		const unknownType = await runFailing(sb, op('allowance', 'create', { ...required, leaveTypeIds: '999999' }));
		expect(unknownType.error.httpCode).toBe('422');
		await runOk(sb, op('allowance', 'delete', { allowanceId: id }));
		expect((await runFailing(sb, op('allowance', 'get', { allowanceId: id }))).error.httpCode).toBe('404');
	});

	test('Delete and Move Adjustments moves the adjustments to the other allowance', async () => {
		const id = (await runOk(sb, op('allowance', 'create', required))).items[0].json.id;
		const adjustment = (await runOk(sb, op('allowanceAdjustment', 'create', { employeeId: rl('3'), timeoffAllowanceId: id, daysInCents: 100, effectiveOn: '2026-11-02', targetBalance: 'available' }))).items[0].json.id;
		const same = await runFailing(sb, op('allowance', 'deleteAndMove', { allowanceId: id, altAllowanceId: id }));
		expect(same.error.httpCode).toBe('422');
		const { requests } = await runOk(sb, op('allowance', 'deleteAndMove', { allowanceId: id, altAllowanceId: '62' }));
		expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/timeoff/allowances/delete_with_alt_allowance`, body: { id, alt_allowance_id: '62' } });
		noUnknown(requests[0]);
		expect((await runFailing(sb, op('allowance', 'get', { allowanceId: id }))).error.httpCode).toBe('404');
		expect((await runOk(sb, op('allowanceAdjustment', 'get', { allowanceAdjustmentId: adjustment }))).items[0].json.timeoff_allowance_id).toBe('62');
	});

	test('a missing required setting is refused before sending', async () => {
		const missing = await runFailing(sb, op('allowance', 'create', { ...required, name: '={{ "" }}' }));
		expect(missing.error.message).toBe('"Name" in item 0 is required but empty');
		expect(missing.requests).toHaveLength(0);
	});
});

describe('write checks of the new writes (engine/checks.ts)', () => {
	const { runFactorial } = require('./helpers/factorial');
	const AFTER = 'error5xxAfterApply';
	const BEFORE = 'error5xxBeforeApply';
	async function unanswered(script, parameters) {
		sb.configure({ faults: { script } });
		try {
			const { items, error } = await runFactorial(sb, { parameters, continueOnFail: true });
			expect(error).toBeUndefined();
			return items[0].json;
		} finally {
			sb.configure({ faults: null });
		}
	}
	const newAllowance = async () => (await runOk(sb, op('allowance', 'create', {
		name: 'Checked', timeoffPolicyId: '71', leaveTypeIds: '42', holidayAllowanceInCents: 100, allowanceType: 'days', availableDays: 'all_days', accruedUnitsAvailability: 'current_cycle',
		cycleStart: 'jan', daysType: 'working_days', negativeCounterType: 'negative_counter_disabled', prorationType: 'proration_enabled', rounding: 'half_day', sourceUnits: 'base_units',
		countHolidayAsWorkable: false, ptoProratioEnabled: true, unlimitedAccruedHours: false, unlimitedCarryOver: false, unlimitedCarryOverExpiration: false, unlimitedHolidays: false, tenurePeriods: '[]',
	}))).items[0].json.id;

	test('Delete and Move Adjustments: applied without an answer is confirmed (the allowance is gone); not applied is sent once more', async () => {
		const confirmed = await unanswered([AFTER], { resource: 'allowance', operation: 'deleteAndMove', allowanceId: await newAllowance(), altAllowanceId: '61' });
		expect(confirmed).toMatchObject({ confirmedAfterFailure: true });
		const id = await newAllowance();
		const resent = await unanswered([BEFORE], { resource: 'allowance', operation: 'deleteAndMove', allowanceId: id, altAllowanceId: '61' });
		expect(resent).toMatchObject({ resentAfterFailure: true, id });
		expect((await runFailing(sb, op('allowance', 'get', { allowanceId: id }))).error.httpCode).toBe('404');
	});

	test('Update Reimbursable Amount: the expensable showing the amount confirms it', async () => {
		const [a] = ids(await runOk(sb, op('expensable', 'getAll', { limit: 1 })));
		const confirmed = await unanswered([AFTER], { resource: 'expensable', operation: 'updateReimbursableAmount', expensableId: a, reimbursableAmount: 4321 });
		expect(confirmed).toMatchObject({ confirmedAfterFailure: true, id: a, reimbursable_amount: 4321 });
		const resent = await unanswered([BEFORE], { resource: 'expensable', operation: 'updateReimbursableAmount', expensableId: a, reimbursableAmount: 4322 });
		expect(resent).toMatchObject({ resentAfterFailure: true, reimbursable_amount: 4322 });
	});
});
