'use strict';
// The sandbox's generic layer (sandbox/generic.js): any catalogued endpoint that no hand-written
// resource owns answers with Factorial's shapes and checks, over real HTTP.
const { startSandbox } = require('./sandbox');
const { apiCall } = require('./helpers/sandbox-api');
const catalog = require('./sandbox/catalog');
const { sampleValue } = require('./sandbox/generic');

let sb;
let call;
beforeAll(async () => {
	sb = await startSandbox({ port: 0, employees: 30, seed: 1 });
	call = apiCall(sb);
});
afterAll(() => sb.close());

const lastLog = async () => {
	const res = await fetch(`${sb.url}/__sandbox/log?since=0`);
	return (await res.json()).at(-1);
};
const fieldNames = (type) => catalog.objectFields(type).map((f) => f.name);

describe('lists', () => {
	test('a list is cursor-paged with the hand-written resources\' meta, records shaped by the object type', async () => {
		const first = await call('GET', 'trainings/categories?limit=2');
		expect(first.status).toBe(200);
		expect(first.body.data).toHaveLength(2);
		expect(first.body.meta).toMatchObject({ has_next_page: true, has_previous_page: false, limit: 2, total: 3 });
		for (const record of first.body.data) expect(Object.keys(record)).toEqual(fieldNames('TrainingsCategory'));
		const second = await call('GET', `trainings/categories?limit=2&after_id=${first.body.meta.end_cursor}`);
		expect(second.body.data).toHaveLength(1);
		expect(second.body.meta.has_next_page).toBe(false);
		expect(second.body.data[0].id).not.toBe(first.body.data[1].id);
		// Same envelope keys as a hand-written list.
		const employees = await call('GET', 'employees/employees?limit=1');
		expect(Object.keys(first.body.meta).sort()).toEqual(Object.keys(employees.body.meta).sort());
	});

	test('values follow the field types and choices', async () => {
		const { body } = await call('GET', 'attendance/overtime_requests?include_approval_flow=false');
		const fields = catalog.objectFields('AttendanceOvertimeRequest');
		for (const record of body.data) {
			for (const field of fields) {
				const value = record[field.name];
				if (value === null) continue;
				if (field.enum) expect(field.enum).toContain(value);
				if (field.type === 'number') expect(typeof value).toBe('number');
				if (field.type === 'boolean') expect(typeof value).toBe('boolean');
				if (field.type === 'array') expect(Array.isArray(value)).toBe(true);
			}
			expect(record.company_id === undefined || record.company_id === null || record.company_id === sb.fixtures.companyId).toBe(true);
		}
	});

	test('a required query parameter missing, a wrong boolean or a second value for a one-value x[] is a 400 naming it', async () => {
		const missing = await call('GET', 'attendance/overtime_requests');
		expect(missing.status).toBe(400);
		expect(missing.body.errors[0]).toMatchObject({ code: 'malformed_request', field: 'include_approval_flow' });
		const wrong = await call('GET', 'attendance/overtime_requests?include_approval_flow=maybe');
		expect(wrong.status).toBe(400);
		expect(wrong.body.errors[0].field).toBe('include_approval_flow');
		const oneValue = catalog.operations.find((o) => o.method === 'GET' && o.query.some((q) => q.name.endsWith('[]') && q.type !== 'array' && !q.required) && !o.query.some((q) => q.required));
		const param = oneValue.query.find((q) => q.name.endsWith('[]') && q.type !== 'array');
		const p = oneValue.path.slice(catalog.PREFIX.length);
		const two = await call('GET', `${p}?${param.name}=a&${param.name}=b`);
		expect(two.status).toBe(400);
		expect(two.body.errors[0].field).toBe(param.name);
	});

	test('ids[] and <field>_ids[] filter; unknown query parameters are reported in the log', async () => {
		const all = await call('GET', 'attendance/overtime_requests?include_approval_flow=true');
		const [a, , c] = all.body.data;
		const some = await call('GET', `attendance/overtime_requests?include_approval_flow=true&ids[]=${a.id}&ids[]=${c.id}&colour=red`);
		expect(some.body.data.map((r) => r.id)).toEqual([a.id, c.id]);
		expect((await lastLog()).unknownQuery).toEqual(['colour']);
		const none = await call('GET', 'attendance/overtime_requests?include_approval_flow=true&employee_ids[]=4040');
		expect(none.body.data).toEqual([]);
	});
});

describe('records by id', () => {
	test('create stores what it was sent; get, update and delete by id; then 404', async () => {
		const created = await call('POST', 'attendance/overtime_requests', { date: '2026-10-05', employee_id: '2', author_id: '1', hours_amount: 2.5, description: 'Release night' });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ date: '2026-10-05', employee_id: '2', author_id: '1', description: 'Release night' });
		// A body field the object does not have (it holds hours_amount_in_cents) is accepted, not stored.
		expect(created.body).not.toHaveProperty('hours_amount');
		expect(Object.keys(created.body)).toEqual(fieldNames('AttendanceOvertimeRequest'));
		const { id } = created.body;
		expect((await call('GET', `attendance/overtime_requests/${id}`)).body).toEqual(created.body);
		const updated = await call('PUT', `attendance/overtime_requests/${id}`, { id, reason: 'Go-live' });
		expect(updated.status).toBe(200);
		expect(updated.body).toMatchObject({ id, reason: 'Go-live', description: 'Release night' });
		const listed = await call('GET', `attendance/overtime_requests?include_approval_flow=true&ids[]=${id}`);
		expect(listed.body.data).toEqual([updated.body]);
		const deleted = await call('DELETE', `attendance/overtime_requests/${id}`);
		expect(deleted.status).toBe(200);
		expect(deleted.body.id).toBe(id);
		expect((await call('GET', `attendance/overtime_requests/${id}`)).status).toBe(404);
		expect((await call('PUT', `attendance/overtime_requests/${id}`, { id })).status).toBe(404);
		expect((await call('DELETE', `attendance/overtime_requests/${id}`)).status).toBe(404);
	});

	test('required fields and types are checked with Factorial\'s error envelope naming the field', async () => {
		const blank = await call('POST', 'attendance/overtime_requests', { date: '2026-10-05', employee_id: '2' });
		expect(blank.status).toBe(422);
		expect(blank.body).toEqual({ errors: [{ code: 'validation_failed', message: "author_id can't be blank", field: 'author_id' }] });
		const typed = await call('POST', 'attendance/overtime_requests', { date: '2026-10-05', employee_id: 2, author_id: '1' });
		expect(typed.status).toBe(422);
		expect(typed.body.errors[0].field).toBe('employee_id');
		const nested = await call('POST', 'finance/cost_center_memberships/bulk_create_update', {
			employee_id: '2', company_id: sb.fixtures.companyId, memberships: [{ cost_center_id: '5', start_date: '2026-01-01', percentage: '50' }],
		});
		expect(nested.status).toBe(422);
		expect(nested.body.errors[0].field).toBe('memberships[0].percentage');
		const id = (await call('GET', 'attendance/overtime_requests?include_approval_flow=true')).body.data[0].id;
		const mismatch = await call('PUT', `attendance/overtime_requests/${id}`, { id: '4040' });
		expect(mismatch.status).toBe(422);
		expect(mismatch.body.errors[0].field).toBe('id');
	});

	test('unknown body fields are dropped and reported in the log entry', async () => {
		const created = await call('POST', 'trainings/categories', { name: 'Safety', company_id: sb.fixtures.companyId, colour: 'red' });
		expect(created.status).toBe(201);
		expect(created.body).not.toHaveProperty('colour');
		const entry = await lastLog();
		expect(entry.unknownFields).toEqual(['colour']);
		expect(entry.fingerprint).toBeDefined();
	});
});

describe('actions', () => {
	test('an action on a record named by id changes it (approve sets the status the object offers)', async () => {
		const created = await call('POST', 'attendance/overtime_requests', { date: '2026-10-06', employee_id: '3', author_id: '1' });
		const approved = await call('POST', 'attendance/overtime_requests/approve', { id: created.body.id, reason: 'ok' });
		expect(approved.status).toBe(200);
		expect(approved.body).toMatchObject({ id: created.body.id, status: 'approved' });
		expect((await call('GET', `attendance/overtime_requests/${created.body.id}`)).body.status).toBe('approved');
		expect((await call('POST', 'attendance/overtime_requests/reject', { id: '4040', reason: 'no' })).status).toBe(404);
		expect((await call('POST', 'attendance/overtime_requests/reject', { id: created.body.id })).body.errors[0].field).toBe('reason');
	});

	test('a bulk action answers one record per entry of its list', async () => {
		const res = await call('POST', 'finance/cost_center_memberships/bulk_create_update', {
			employee_id: '2', company_id: sb.fixtures.companyId,
			memberships: [{ cost_center_id: '5', start_date: '2026-01-01', percentage: 50 }, { cost_center_id: '6', start_date: '2026-01-01', percentage: 50 }],
		});
		expect(res.status).toBe(200);
		expect(res.body.map((r) => r.cost_center_id)).toEqual(['5', '6']);
		const rows = sb.records('finance/cost_center_memberships');
		expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(res.body.map((r) => r.id)));
	});
});

describe('precedence and reach', () => {
	test('hand-written resources keep precedence, and what they leave out stays a 404', async () => {
		const employees = await call('GET', 'employees/employees?limit=1');
		expect(employees.body.data[0].id).toBe('1');
		expect((await call('POST', 'teams/teams/move', { id: '1' })).status).toBe(404);
		expect((await call('GET', 'nothing/here')).status).toBe(404);
		expect((await call('PATCH', 'trainings/categories/1')).status).toBe(404);
	});

	test('every catalogued list answers 200 once its required parameters are given', async () => {
		const owned = new Set(['employees/employees']);
		const value = (q) => (q.type === 'boolean' ? 'true' : q.enum ? q.enum[0] : q.items && q.items.enum ? q.items.enum[0] : /(_on|date|from|to)$/.test(q.name.replace('[]', '')) ? '2026-09-01' : q.type === 'number' ? '1' : '1');
		let served = 0;
		for (const op of catalog.operations.filter((o) => o.method === 'GET' && o.response.kind === 'list')) {
			const p = op.path.slice(catalog.PREFIX.length);
			if (owned.has(p)) continue;
			const query = op.query.filter((q) => q.required && q.type !== 'object').map((q) => `${q.name}=${encodeURIComponent(value(q))}`).join('&');
			const res = await call('GET', `${p}${query ? `?${query}` : ''}`);
			expect([p, res.status]).toEqual([p, 200]);
			expect(Array.isArray(res.body.data)).toBe(true);
			served++;
		}
		expect(served).toBeGreaterThan(160);
	});

	test('sample values: ids are strings, dates are dates, choices come from the field', () => {
		const fixtures = { companyId: '9001', employeeId: '1' };
		expect(sampleValue({ name: 'team_id', type: 'string' }, 2, fixtures)).toBe('2');
		expect(sampleValue({ name: 'starts_on', type: 'string' }, 2, fixtures)).toBe('2026-09-02');
		expect(sampleValue({ name: 'status', type: 'string', enum: ['a', 'b'] }, 2, fixtures)).toBe('b');
		expect(sampleValue({ name: 'company_id', type: 'string' }, 2, fixtures)).toBe('9001');
	});
});
