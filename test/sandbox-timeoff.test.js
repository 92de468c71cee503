'use strict';
// The sandbox's leave actions Approve all and Bulk delete (test/sandbox/resources/leave-bulk-actions.js)
// its allowance stats (test/sandbox/allowance-stats.js), allowance writes and expensable actions,
// over real HTTP.
const { startSandbox } = require('./sandbox');
const { apiCall } = require('./helpers/sandbox-api');

let sb;
let call;
beforeAll(async () => {
	sb = await startSandbox({ port: 0, employees: 40, seed: 1 });
	call = apiCall(sb);
});
afterAll(() => sb.close());

async function pendingLeave(start) {
	const created = await call('POST', 'timeoff/leaves', { employee_id: '3', start_on: start, finish_on: start });
	expect(created.status).toBe(201);
	expect(created.body.approved).toBeNull();
	return created.body.id;
}

test('approve all approves the leave it names; unknown and deleted leaves are 404', async () => {
	const id = await pendingLeave('2027-02-01');
	const approved = await call('POST', 'timeoff/leaves/approve_all', { id });
	expect(approved.status).toBe(200);
	expect(approved.body).toMatchObject({ id, approved: true });
	expect((await call('GET', `timeoff/leaves/${id}`)).body.approved).toBe(true);
	expect((await call('POST', 'timeoff/leaves/approve_all', {})).status).toBe(422);
	expect((await call('POST', 'timeoff/leaves/approve_all', { id: '999999' })).status).toBe(404);
	await call('DELETE', `timeoff/leaves/${id}`);
	expect((await call('POST', 'timeoff/leaves/approve_all', { id })).status).toBe(404);
});

test('bulk delete cancels every leave named, all or nothing', async () => {
	const a = await pendingLeave('2027-03-01');
	const b = await pendingLeave('2027-03-08');
	const c = await pendingLeave('2027-03-15');
	// One unknown id: a 404 naming it, and nothing deleted.
	const refused = await call('POST', 'timeoff/leaves/bulk_delete', { ids: [a, '999999'] });
	expect(refused.status).toBe(404);
	expect(JSON.stringify(refused.body)).toContain('999999');
	expect((await call('GET', `timeoff/leaves/${a}`)).status).toBe(200);

	const deleted = await call('POST', 'timeoff/leaves/bulk_delete', { ids: [a, b, a] });
	expect(deleted.status).toBe(200);
	expect(deleted.body.map((l) => l.id)).toEqual([a, b]);
	expect(deleted.body.every((l) => typeof l.deleted_at === 'string')).toBe(true);
	expect((await call('GET', `timeoff/leaves/${a}`)).status).toBe(404);
	expect((await call('GET', `timeoff/leaves/${c}`)).status).toBe(200);
	// Deleted leaves are listed again only with include_deleted_leaves.
	const listed = await call('GET', `timeoff/leaves?ids[]=${a}&ids[]=${c}`);
	expect(listed.body.data.map((l) => l.id)).toEqual([c]);
	const withDeleted = await call('GET', `timeoff/leaves?ids[]=${a}&ids[]=${c}&include_deleted_leaves=true`);
	expect(withDeleted.body.data.map((l) => l.id).sort()).toEqual([a, c].sort());
	// Already deleted: 404; empty: 422 on ids; missing: 422.
	expect((await call('POST', 'timeoff/leaves/bulk_delete', { ids: [b] })).status).toBe(404);
	const empty = await call('POST', 'timeoff/leaves/bulk_delete', { ids: [] });
	expect([empty.status, empty.body.errors?.[0]?.field]).toEqual([422, 'ids']);
	expect((await call('POST', 'timeoff/leaves/bulk_delete', {})).status).toBe(422);
});

describe('allowance stats (test/sandbox/allowance-stats.js)', () => {
	const stats = async (query) => (await call('GET', `timeoff/allowance_stats?${query}`)).body;

	test('the balance is the allowance less the approved leaves of its types in the year; pending leaves use nothing', async () => {
		const employee = '7';
		const before = await stats(`employee_ids[]=${employee}&allowance_ids[]=61&reference_date=2027-06-01`);
		expect(before.data).toHaveLength(1);
		expect(before.data[0]).toMatchObject({ id: `${employee}/61/2027-06-01`, employee_id: employee, allowance_id: '61', year: 2027, total: '23', available_days: '23', used_days: '0', outstanding_units: '0' });
		// A 3-day vacation (leave type 41 draws from allowance 61) in May, and a 2-day one in July.
		const may = await call('POST', 'timeoff/leaves', { employee_id: employee, leave_type_id: '41', start_on: '2027-05-10', finish_on: '2027-05-12' });
		const july = await call('POST', 'timeoff/leaves', { employee_id: employee, leave_type_id: '41', start_on: '2027-07-01', finish_on: '2027-07-02' });
		expect((await stats(`employee_ids[]=${employee}&allowance_ids[]=61&reference_date=2027-06-01`)).data[0].available_days).toBe('23');
		await call('POST', 'timeoff/leaves/approve', { id: may.body.id });
		await call('POST', 'timeoff/leaves/approve', { id: july.body.id });
		const after = (await stats(`employee_ids[]=${employee}&allowance_ids[]=61&reference_date=2027-06-01`)).data[0];
		expect(after).toMatchObject({ used_days: '3', used_units_until_reference_date: '3', outstanding_units: '2', available_days: '18' });
		// Another allowance (personal days, 62) and another year are untouched.
		expect((await stats(`employee_ids[]=${employee}&allowance_ids[]=62&reference_date=2027-06-01`)).data[0].available_days).toBe('3');
		expect((await stats(`employee_ids[]=${employee}&allowance_ids[]=61&reference_date=2028-01-15`)).data[0].available_days).toBe('23');
		// A deleted leave gives its days back.
		await call('DELETE', `timeoff/leaves/${july.body.id}`);
		expect((await stats(`employee_ids[]=${employee}&allowance_ids[]=61&reference_date=2027-06-01`)).data[0].available_days).toBe('20');
	});

	test('one row per employee and allowance of the main policy, paged; at most 25 employees', async () => {
		const two = await stats('employee_ids[]=1&employee_ids[]=2&reference_date=2027-01-01');
		expect(two.data.map((r) => `${r.employee_id}/${r.allowance_id}`)).toEqual(['1/61', '1/62', '1/63', '2/61', '2/62', '2/63']);
		const page = await stats('employee_ids[]=1&employee_ids[]=2&reference_date=2027-01-01&limit=4');
		expect(page.data).toHaveLength(4);
		expect(page.meta.has_next_page).toBe(true);
		const rest = await stats(`employee_ids[]=1&employee_ids[]=2&reference_date=2027-01-01&limit=4&after_id=${page.meta.end_cursor}`);
		expect(rest.data.map((r) => r.id)).toEqual(two.data.slice(4).map((r) => r.id));
		const many = Array.from({ length: 26 }, (_, i) => `employee_ids[]=${i + 1}`).join('&');
		const refused = await call('GET', `timeoff/allowance_stats?${many}`);
		expect(refused.status).toBe(400);
		expect((await call('GET', 'timeoff/allowance_stats?reference_date=tomorrow')).status).toBe(400);
	});
});

describe('allowance writes (test/sandbox/resources/allowance-writes.js)', () => {
	const body = {
		name: 'Extra', timeoff_policy_id: '71', leave_type_ids: ['42'], holiday_allowance_in_cents: 200, allowance_type: 'days', available_days: 'all_days', accrued_units_availability: 'current_cycle',
		cycle_start: 'jan', days_type: 'working_days', negative_counter_type: 'negative_counter_disabled', proration_type: 'proration_enabled', rounding: 'half_day', source_units: 'base_units',
		count_holiday_as_workable: false, pto_proratio_enabled: true, unlimited_accrued_hours: false, unlimited_carry_over: false, unlimited_carry_over_expiration: false, unlimited_holidays: false, tenure_periods: [],
	};

	test('create checks the catalog body and the leave types; the leave type lists the allowance until it is deleted', async () => {
		const { tenure_periods: _, ...withoutTenure } = body;
		const refused = await call('POST', 'timeoff/allowances', withoutTenure);
		expect([refused.status, refused.body.errors[0].field]).toEqual([422, 'tenure_periods']);
		const badChoice = await call('POST', 'timeoff/allowances', { ...body, rounding: 'nearest' });
		expect([badChoice.status, badChoice.body.errors[0].field]).toEqual([422, 'rounding']);
		const unknownType = await call('POST', 'timeoff/allowances', { ...body, leave_type_ids: ['999999'] });
		expect([unknownType.status, unknownType.body.errors[0].field]).toEqual([422, 'leave_type_ids']);
		const created = await call('POST', 'timeoff/allowances', body);
		expect(created.status).toBe(201);
		const id = created.body.id;
		expect((await call('GET', 'timeoff/leave_types/42')).body.allowance_ids).toContain(id);
		const moved = await call('PUT', `timeoff/allowances/${id}`, { id, leave_type_ids: ['43'] });
		expect(moved.status).toBe(200);
		expect((await call('GET', 'timeoff/leave_types/42')).body.allowance_ids).not.toContain(id);
		expect((await call('GET', 'timeoff/leave_types/43')).body.allowance_ids).toContain(id);
		expect((await call('DELETE', `timeoff/allowances/${id}`)).status).toBe(200);
		expect((await call('GET', 'timeoff/leave_types/43')).body.allowance_ids).not.toContain(id);
	});

	test('delete with alt allowance moves the incidences and deletes the allowance', async () => {
		const id = (await call('POST', 'timeoff/allowances', body)).body.id;
		const incidence = await call('POST', 'timeoff/allowance_incidences', { employee_id: '3', timeoff_allowance_id: id, days_in_cents: 100, effective_on: '2026-11-02', target_balance: 'available' });
		expect(incidence.status).toBe(201);
		expect((await call('POST', 'timeoff/allowances/delete_with_alt_allowance', { id, alt_allowance_id: id })).status).toBe(422);
		expect((await call('POST', 'timeoff/allowances/delete_with_alt_allowance', { id, alt_allowance_id: '999999' })).status).toBe(404);
		const done = await call('POST', 'timeoff/allowances/delete_with_alt_allowance', { id, alt_allowance_id: '61' });
		expect([done.status, done.body.id]).toEqual([200, id]);
		expect((await call('GET', `timeoff/allowances/${id}`)).status).toBe(404);
		expect((await call('GET', `timeoff/allowance_incidences/${incidence.body.id}`)).body.timeoff_allowance_id).toBe('61');
	});
});

describe('expensables (test/sandbox/expensable-actions.js)', () => {
	test('bulk set to paid marks the expensables named paid; the reimbursable amount is stored', async () => {
		const list = await call('GET', 'expenses/expensables?include_grouped=false&include_attachments=false&include_manual_drafts=false');
		const [a, b, c] = list.body.data.map((e) => e.id);
		const paid = await call('POST', 'expenses/expensables/bulk_set_to_paid', { ids: [a, b, '999999'] });
		expect(paid.status).toBe(200);
		expect(paid.body.map((e) => [e.id, e.status])).toEqual([[a, 'paid'], [b, 'paid']]);
		expect(typeof paid.body[0].paid_at).toBe('string');
		expect((await call('GET', `expenses/expensables/${a}`)).body.status).toBe('paid');
		const untouched = (await call('GET', `expenses/expensables/${c}`)).body;
		expect(untouched.status === 'paid' && untouched.paid_at === paid.body[0].paid_at).toBe(false);
		const amount = await call('POST', 'expenses/expensables/update_reimbursable_amount', { id: c, reimbursable_amount: 1250 });
		expect([amount.status, amount.body.reimbursable_amount]).toEqual([200, 1250]);
		expect((await call('POST', 'expenses/expensables/bulk_set_to_paid', {})).status).toBe(422);
	});
});
