'use strict';
// The sandbox's HR resources (teams, memberships, locations, legal entities, holidays, leave types,
// allowances, leaves, shifts, webhook subscriptions) and their state changes, over real HTTP.
const http = require('node:http');
const { startSandbox } = require('./sandbox');
const { apiCall } = require('./helpers/sandbox-api');
const objects = require('./sandbox/facts/objects-2026-10-01.json');

const V = '2026-10-01';
const json = { 'content-type': 'application/json' };

function client(sb, headers) {
	const call = apiCall(sb, headers);
	return {
		get: (p) => call('GET', p),
		post: (p, body) => call('POST', p, body),
		put: (p, body) => call('PUT', p, body),
		del: (p) => call('DELETE', p),
	};
}

const control = async (sb, method, p, body) => {
	const res = await fetch(`${sb.url}/__sandbox/${p}`, { method, headers: json, body: body ? JSON.stringify(body) : undefined });
	return { status: res.status, body: await res.json() };
};

const ids = (res) => res.body.data.map((r) => r.id);
const field = (res) => res.body.errors[0].field;

let sb;
let c;
beforeAll(async () => {
	sb = await startSandbox({ port: 0, employees: 260, seed: 1 });
	c = client(sb);
});
afterAll(() => sb.close());

// list / get / create / update (PUT with body id) / delete, and the 404 envelope afterwards.
async function crud(path, create, update, check) {
	const created = await c.post(path, create);
	expect(created.status).toBe(201);
	const id = created.body.id;
	expect(typeof id).toBe('string');
	expect((await c.get(`${path}/${id}`)).body).toEqual(created.body);
	expect(ids(await c.get(`${path}?limit=100&after_id=${Buffer.from(String(Number(id) - 1)).toString('base64')}`))).toContain(id);
	const updated = await c.put(`${path}/${id}`, { id, ...update });
	expect(updated.status).toBe(200);
	if (check) check(created.body, updated.body);
	expect((await c.put(`${path}/${id}`, { id: '999999', ...update })).status).toBe(422);
	const deleted = await c.del(`${path}/${id}`);
	expect(deleted.status).toBe(200);
	expect(deleted.body.id).toBe(id);
	const gone = await c.get(`${path}/${id}`);
	expect(gone.status).toBe(404);
	expect(gone.body.errors[0].code).toBe('missing_resource');
	return created.body;
}

describe('teams and memberships', () => {
	test('teams CRUD', async () => {
		await crud('teams/teams', { name: 'Platform', description: 'Infra' }, { name: 'Platform Team' }, (before, after) => {
			expect(before).toMatchObject({ employee_ids: [], lead_ids: [], company_id: sb.fixtures.companyId });
			expect(after.name).toBe('Platform Team');
		});
		expect(field(await c.post('teams/teams', { description: 'no name' }))).toBe('name');
	});

	test('seeded memberships mirror the teams', async () => {
		const team = (await c.get('teams/teams')).body.data[0];
		const rows = (await c.get(`teams/memberships?team_ids[]=${team.id}`)).body.data;
		expect(rows.map((m) => m.employee_id).sort()).toEqual([...team.employee_ids].sort());
		expect(rows.filter((m) => m.lead).map((m) => m.employee_id).sort()).toEqual([...team.lead_ids].sort());
		expect(Object.keys(rows[0]).sort()).toEqual(Object.keys(objects.membership.fields).sort());
	});

	test('membership CRUD keeps the team employee_ids and lead_ids in step', async () => {
		const team = (await c.post('teams/teams', { name: 'Guild' })).body;
		const teamNow = async () => (await c.get(`teams/teams/${team.id}`)).body;
		expect(field(await c.post('teams/memberships', { employee_id: '5' }))).toBe('team_id');
		expect(field(await c.post('teams/memberships', { team_id: team.id }))).toBe('employee_id');
		expect(field(await c.post('teams/memberships', { team_id: '4040', employee_id: '5' }))).toBe('team_id');

		const created = await c.post('teams/memberships', { team_id: team.id, employee_id: '5' });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ team_id: team.id, employee_id: '5', lead: false, company_id: sb.fixtures.companyId });
		expect(await teamNow()).toMatchObject({ employee_ids: ['5'], lead_ids: [] });
		expect(ids(await c.get(`employees/employees?team_ids[]=${team.id}`))).toEqual(['5']);

		// Creating the same pair again updates that row ("a new row is created without leadership").
		const again = await c.post('teams/memberships', { team_id: team.id, employee_id: '5', lead: true });
		expect(again.status).toBe(200);
		expect(again.body).toMatchObject({ id: created.body.id, lead: true });
		expect((await teamNow()).lead_ids).toEqual(['5']);
		expect(ids(await c.get(`teams/memberships?team_ids[]=${team.id}&lead=true`))).toEqual([created.body.id]);
		expect(ids(await c.get(`teams/memberships?employee_ids[]=5&lead=false`))).not.toContain(created.body.id);

		const updated = await c.put(`teams/memberships/${created.body.id}`, { id: created.body.id, lead: false });
		expect(updated.body.lead).toBe(false);
		expect(await teamNow()).toMatchObject({ employee_ids: ['5'], lead_ids: [] });

		expect((await c.del(`teams/memberships/${created.body.id}`)).status).toBe(200);
		expect((await c.get(`teams/memberships/${created.body.id}`)).status).toBe(404);
		expect((await teamNow()).employee_ids).toEqual([]);

		// Deleting a team deletes its memberships.
		const other = (await c.post('teams/memberships', { team_id: team.id, employee_id: '6', lead: true })).body;
		expect((await c.del(`teams/teams/${team.id}`)).status).toBe(200);
		expect((await c.get(`teams/memberships/${other.id}`)).status).toBe(404);
	});
});

describe('locations, legal entities, company holidays', () => {
	test('locations CRUD maps address_line_one/two to address_line_1/2', async () => {
		const base = { name: 'Lisbon', country: 'PT', timezone: 'Europe/Lisbon', company_id: sb.fixtures.companyId };
		await crud('locations/locations', { ...base, address_line_one: 'Rua 1' }, { address_line_two: 'Piso 2', city: 'Lisboa' }, (before, after) => {
			expect(before).toMatchObject({ address_line_1: 'Rua 1', main: false });
			expect(after).toMatchObject({ address_line_1: 'Rua 1', address_line_2: 'Piso 2', city: 'Lisboa' });
			expect(after).not.toHaveProperty('address_line_two');
		});
		for (const missing of ['name', 'country', 'timezone', 'company_id']) {
			const { [missing]: _, ...body } = base;
			expect(field(await c.post('locations/locations', body))).toBe(missing);
		}
		expect(field(await c.post('locations/locations', { ...base, company_id: '1' }))).toBe('company_id');
	});

	test('legal entities list, get and create', async () => {
		expect(ids(await c.get('companies/legal_entities'))).toContain(sb.fixtures.legalEntityId);
		const created = await c.post('companies/legal_entities', { legal_name: 'Sandbox FR SAS', country: 'fr', currency: 'EUR' });
		expect(created.status).toBe(201);
		expect((await c.get(`companies/legal_entities/${created.body.id}`)).body.legal_name).toBe('Sandbox FR SAS');
		expect(field(await c.post('companies/legal_entities', { country: 'fr', currency: 'EUR' }))).toBe('legal_name');
	});

	test('company holidays: a dozen, read-only, filtered by location, employee, team and dates', async () => {
		const all = await c.get('holidays/company_holidays');
		expect(all.body.data).toHaveLength(12);
		expect(Object.keys(all.body.data[0]).sort()).toEqual(Object.keys(objects.company_holiday.fields).sort());
		const one = all.body.data[2];
		expect((await c.get(`holidays/company_holidays/${one.id}`)).body).toEqual(one);
		expect((await c.get('holidays/company_holidays/1')).status).toBe(404);
		expect((await c.post('holidays/company_holidays', { date: '2026-12-25' })).status).toBe(404);

		const employee = (await c.get('employees/employees/1')).body;
		const mine = (await c.get('holidays/company_holidays?employee_ids[]=1')).body.data;
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((h) => h.location_id === employee.location_id)).toBe(true);
		expect(ids(await c.get(`holidays/company_holidays?location_ids[]=${employee.location_id}`))).toEqual(mine.map((h) => h.id));
		expect((await c.get('holidays/company_holidays?team_ids[]=11')).body.data.length).toBeGreaterThan(0);
		const summer = (await c.get('holidays/company_holidays?start_at=2026-06-01&end_at=2026-08-31')).body.data;
		expect(summer.length).toBeGreaterThan(0);
		expect(summer.every((h) => h.date >= '2026-06-01' && h.date <= '2026-08-31')).toBe(true);
	});
});

describe('time off', () => {
	const leaveType = (over = {}) => ({
		name: 'Volunteering',
		identifier: `volunteering_${Math.random().toString(36).slice(2, 8)}`,
		color: '#123456',
		accrues: false,
		approval_required: true,
		workable: false,
		details_required: false,
		company_id: sb.fixtures.companyId,
		...over,
	});

	test('leave types: seeded, create, get, update, filters', async () => {
		const seeded = (await c.get('timeoff/leave_types')).body.data;
		expect(seeded.map((t) => t.identifier)).toEqual(expect.arrayContaining(['vacation', 'sick_leave']));
		expect(Object.keys(seeded[0]).sort()).toEqual(Object.keys(objects.leave_type.fields).sort());

		const body = leaveType();
		const created = await c.post('timeoff/leave_types', body);
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ name: 'Volunteering', active: true, allowance_ids: [] });
		expect((await c.get(`timeoff/leave_types/${created.body.id}`)).body).toEqual(created.body);
		expect(field(await c.post('timeoff/leave_types', { ...leaveType(), color: undefined }))).toBe('color');
		expect(field(await c.post('timeoff/leave_types', leaveType({ identifier: body.identifier })))).toBe('identifier');

		const retired = await c.put(`timeoff/leave_types/${created.body.id}`, { id: created.body.id, active: false, name: 'Volunteering (old)' });
		expect(retired.body).toMatchObject({ active: false, name: 'Volunteering (old)' });
		expect(ids(await c.get('timeoff/leave_types?active=false'))).toContain(created.body.id);
		expect(ids(await c.get('timeoff/leave_types?active=true'))).not.toContain(created.body.id);
		expect(ids(await c.get(`timeoff/leave_types?identifier=${body.identifier}`))).toEqual([created.body.id]);
		expect((await c.get('timeoff/leave_types/4040')).status).toBe(404);
		expect((await c.del(`timeoff/leave_types/${created.body.id}`)).status).toBe(404);
	});

	test('allowances: seeded per policy and leave type; writes check the catalog body', async () => {
		const all = (await c.get('timeoff/allowances')).body.data;
		expect(all.length).toBeGreaterThanOrEqual(4);
		const types = (await c.get('timeoff/leave_types')).body.data;
		for (const a of all) {
			for (const typeId of a.leave_type_ids) expect(types.find((t) => t.id === typeId).allowance_ids).toContain(a.id);
		}
		expect((await c.get(`timeoff/allowances/${all[0].id}`)).body).toEqual(all[0]);
		expect((await c.get('timeoff/allowances?by_overtime=true')).body.data.every((a) => a.source_units === 'overtime_units')).toBe(true);
		const policy = all[0].timeoff_policy_id;
		expect((await c.get(`timeoff/allowances?timeoff_policy_id=${policy}`)).body.data.every((a) => a.timeoff_policy_id === policy)).toBe(true);
		// Writes are served with the full catalog's body (resources/allowance-writes.js): a partial one is a 422.
		expect((await c.post('timeoff/allowances', { name: 'x' })).status).toBe(422);
	});

	test('leaves CRUD: pending unless the type needs no approval, soft delete', async () => {
		const vacation = '41';
		const created = await c.post('timeoff/leaves', { employee_id: '2', leave_type_id: vacation, start_on: '2026-11-02', finish_on: '2026-11-06', description: 'Trip' });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ approved: null, days_taken: 5, leave_type_name: 'Vacation', company_id: sb.fixtures.companyId });
		expect(Object.keys(created.body).sort()).toEqual(Object.keys(objects.leave.fields).sort());
		const id = created.body.id;
		expect((await c.get(`timeoff/leaves/${id}`)).body).toEqual(created.body);

		const sick = await c.post('timeoff/leaves', { employee_id: '2', leave_type_id: '42', start_on: '2026-11-10' });
		expect(sick.body.approved).toBe(true); // "when false, requests are auto-approved on creation"

		const updated = await c.put(`timeoff/leaves/${id}`, { id, finish_on: '2026-11-03', half_day: 'end_of_day' });
		expect(updated.body).toMatchObject({ finish_on: '2026-11-03', days_taken: 1.5 });
		expect(field(await c.put(`timeoff/leaves/${id}`, { id, finish_on: '2026-10-01' }))).toBe('finish_on');
		expect(field(await c.post('timeoff/leaves', { employee_id: '2' }))).toBe('start_on');
		expect(field(await c.post('timeoff/leaves', { start_on: '2026-11-02' }))).toBe('employee_id');
		expect(field(await c.post('timeoff/leaves', { employee_id: '2', start_on: '02/11/2026' }))).toBe('start_on');
		expect(field(await c.post('timeoff/leaves', { employee_id: '2', start_on: '2026-11-02', leave_type_id: '4040' }))).toBe('leave_type_id');

		const deleted = await c.del(`timeoff/leaves/${id}`);
		expect(deleted.status).toBe(200);
		expect(deleted.body.deleted_at).toEqual(expect.any(String));
		expect((await c.get(`timeoff/leaves/${id}`)).status).toBe(404);
		expect((await c.post('timeoff/leaves/approve', { id })).status).toBe(404);
		expect(ids(await c.get('timeoff/leaves?employee_ids[]=2'))).not.toContain(id);
		expect(ids(await c.get('timeoff/leaves?employee_ids[]=2&include_deleted_leaves=true'))).toContain(id);
	});

	test('approve marks approved; reject marks not approved', async () => {
		const leave = (await c.post('timeoff/leaves', { employee_id: '4', leave_type_id: '41', start_on: '2026-12-21', finish_on: '2026-12-24' })).body;
		const approved = await c.post('timeoff/leaves/approve', { id: leave.id });
		expect(approved.status).toBe(200);
		expect(approved.body).toMatchObject({ id: leave.id, approved: true });
		expect((await c.get(`timeoff/leaves/${leave.id}`)).body.approved).toBe(true);

		const other = (await c.post('timeoff/leaves', { employee_id: '4', leave_type_id: '43', start_on: '2026-12-28' })).body;
		const rejected = await c.post('timeoff/leaves/reject', { id: other.id, reason: 'Team is short-staffed' });
		expect(rejected.status).toBe(200);
		expect(rejected.body.approved).toBe(false);
		expect((await c.get(`timeoff/leaves/${other.id}`)).body.approved).toBe(false);

		expect(field(await c.post('timeoff/leaves/approve', {}))).toBe('id');
		expect((await c.post('timeoff/leaves/reject', { id: '4040' })).status).toBe(404);
	});

	test('leave list filters', async () => {
		const seeded = (await c.get('timeoff/leaves?limit=100')).body.data;
		expect(new Set(seeded.map((l) => l.approved))).toEqual(new Set([true, false, null]));
		const byEmployee = (await c.get('timeoff/leaves?employee_ids[]=1&employee_ids[]=3')).body.data;
		expect(byEmployee.length).toBeGreaterThan(0);
		expect(byEmployee.every((l) => ['1', '3'].includes(l.employee_id))).toBe(true);
		expect((await c.get('timeoff/leaves?leave_type_id[]=42')).body.data.every((l) => l.leave_type_id === '42')).toBe(true);

		const inAugust = (await c.get('timeoff/leaves?from=2026-08-01&to=2026-08-31')).body.data;
		expect(inAugust.length).toBeGreaterThan(0);
		expect(inAugust.every((l) => l.start_on <= '2026-08-31' && l.finish_on >= '2026-08-01')).toBe(true);

		const approved = (await c.get('timeoff/leaves?approved=true&limit=100')).body.data;
		expect(approved.length).toBeGreaterThan(0);
		expect(approved.every((l) => l.approved === true)).toBe(true);
		expect((await c.get('timeoff/leaves?approved=false')).body.data.every((l) => l.approved === false)).toBe(true);
		const withPending = (await c.get('timeoff/leaves?approved=true&include_pending=true&limit=100')).body.data;
		expect(new Set(withPending.map((l) => l.approved))).toEqual(new Set([true, null]));
		expect((await c.get('timeoff/leaves?type_is_payable=true')).body.data.length).toBeGreaterThan(0);
		expect((await c.get('timeoff/leaves?approved=maybe')).status).toBe(400);
		expect((await c.get('timeoff/leaves?from=tomorrow')).status).toBe(400);
	});
});

describe('attendance shifts', () => {
	test('shifts CRUD, minutes from clock_in/clock_out', async () => {
		await crud(
			'attendance/shifts',
			{ date: '2026-10-05', employee_id: '3', clock_in: '09:00', clock_out: '17:30', location_type: 'office' },
			{ clock_out: '18:00', observations: 'stayed late' },
			(before, after) => {
				expect(before).toMatchObject({ employee_id: '3', reference_date: '2026-10-05', minutes: 510, workable: true, company_id: sb.fixtures.companyId });
				expect(Object.keys(before).sort()).toEqual(Object.keys(objects.attendance_shift.fields).sort());
				expect(after).toMatchObject({ clock_out: '18:00', minutes: 540, observations: 'stayed late' });
			},
		);
		expect(field(await c.post('attendance/shifts', { employee_id: '3' }))).toBe('date');
		expect(field(await c.post('attendance/shifts', { date: '2026-10-05' }))).toBe('employee_id'); // API key: no own employee
		expect(field(await c.post('attendance/shifts', { date: '2026-10-05', employee_id: '3', location_type: 'moon' }))).toBe('location_type');
	});

	test('shift list filters', async () => {
		const mine = (await c.get('attendance/shifts?employee_ids[]=1')).body.data;
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((s) => s.employee_id === '1')).toBe(true);
		expect(ids(await c.get(`attendance/shifts?ids[]=${mine[0].id}&ids[]=${mine[1].id}`))).toEqual([mine[0].id, mine[1].id]);
		const day = (await c.get('attendance/shifts?start_on=2026-09-29&end_on=2026-09-29&limit=100')).body.data;
		expect(day.length).toBeGreaterThan(0);
		expect(day.every((s) => s.date === '2026-09-29')).toBe(true);
		expect((await c.get('attendance/shifts?start_on=2026-09-30&half_day=false&sort_created_at_asc=false&limit=100')).body.data.every((s) => s.date >= '2026-09-30')).toBe(true);
	});

	test('clock in opens a shift for the token owner; a second clock in is refused; breaks; clock out closes', async () => {
		const user = client(sb, { authorization: `Bearer ${sb.fixtures.userToken.access_token}` });
		const me = sb.fixtures.employeeId;
		const opened = await user.post('attendance/shifts/clock_in', { now: '2026-10-07T09:00:15+02:00', latitude: 41.38, longitude: 2.17 });
		expect(opened.status).toBe(201);
		expect(opened.body).toMatchObject({ employee_id: me, date: '2026-10-07', clock_in: '09:00', clock_in_with_seconds: '09:00:15', clock_out: null, workable: true, in_location_latitude: 41.38 });
		const again = await user.post('attendance/shifts/clock_in', { now: '2026-10-07T09:05:00+02:00' });
		expect(again.status).toBe(422);
		expect(again.body.errors[0].code).toBe('validation_failed');

		const pause = await user.post('attendance/shifts/break_start', { now: '2026-10-07T13:00:00+02:00' });
		expect(pause.status).toBe(201);
		expect(pause.body).toMatchObject({ employee_id: me, workable: false, clock_in: '13:00', clock_out: null });
		expect((await user.get(`attendance/shifts/${opened.body.id}`)).body).toMatchObject({ clock_out: '13:00', minutes: 240 });
		expect((await user.post('attendance/shifts/break_start', { now: '2026-10-07T13:05:00+02:00' })).status).toBe(422);

		const back = await user.post('attendance/shifts/break_end', { now: '2026-10-07T13:45:00+02:00' });
		expect(back.status).toBe(200);
		expect(back.body).toMatchObject({ id: pause.body.id, clock_out: '13:45', minutes: 45 });
		expect((await user.post('attendance/shifts/break_end', { now: '2026-10-07T13:50:00+02:00' })).status).toBe(422);

		const closed = await user.post('attendance/shifts/clock_out', { now: '2026-10-07T18:00:00+02:00' });
		expect(closed.status).toBe(200);
		expect(closed.body).toMatchObject({ employee_id: me, workable: true, clock_in: '13:45', clock_out: '18:00', minutes: 255 });
		expect((await user.post('attendance/shifts/clock_out', { now: '2026-10-07T18:01:00+02:00' })).status).toBe(422);
		const today = (await user.get(`attendance/shifts?employee_ids[]=${me}&start_on=2026-10-07`)).body.data;
		expect(today.map((s) => [s.clock_in, s.clock_out, s.workable])).toEqual([['09:00', '13:00', true], ['13:00', '13:45', false], ['13:45', '18:00', true]]);
	});

	test('company credentials clock in the employee named in the body', async () => {
		expect(field(await c.post('attendance/shifts/clock_in', { now: '2026-10-07T09:00:00Z' }))).toBe('employee_id');
		expect(field(await c.post('attendance/shifts/clock_in', { employee_id: '7' }))).toBe('now');
		expect(field(await c.post('attendance/shifts/clock_in', { employee_id: '7', now: '9am' }))).toBe('now');
		expect(field(await c.post('attendance/shifts/clock_in', { employee_id: '4040', now: '2026-10-07T09:00:00Z' }))).toBe('employee_id');
		const opened = await c.post('attendance/shifts/clock_in', { employee_id: '7', now: '2026-10-07T08:30:00Z' });
		expect(opened.body).toMatchObject({ employee_id: '7', clock_in: '08:30', clock_out: null });
		expect((await c.post('attendance/shifts/clock_out', { employee_id: '8', now: '2026-10-07T16:30:00Z' })).status).toBe(422);
		const closed = await c.post('attendance/shifts/clock_out', { employee_id: '7', now: '2026-10-07T16:30:00Z' });
		expect(closed.body).toMatchObject({ id: opened.body.id, clock_out: '16:30', minutes: 480 });
	});
});

describe('webhook subscriptions', () => {
	const sub = (over = {}) => ({ subscription_type: 'timeoff/leave/create', target_url: 'http://127.0.0.1:9/hook', company_id: sb.fixtures.companyId, ...over });

	test('CRUD, defaults, validation and list filters', async () => {
		await crud('api_public/webhook_subscriptions', sub({ name: 'Leaves' }), { enabled: false, subscription_type: 'timeoff/leave/update' }, (before, after) => {
			expect(before).toMatchObject({ type: 'timeoff/leave/create', enabled: true, api_version: V, name: 'Leaves', challenge: null });
			expect(before).not.toHaveProperty('subscription_type');
			expect(Object.keys(before).sort()).toEqual(Object.keys(objects.webhook_subscription.fields).sort());
			expect(after).toMatchObject({ type: 'timeoff/leave/update', enabled: false });
		});
		for (const missing of ['subscription_type', 'target_url', 'company_id']) {
			expect(field(await c.post('api_public/webhook_subscriptions', sub({ [missing]: undefined })))).toBe(missing);
		}
		expect(field(await c.post('api_public/webhook_subscriptions', sub({ subscription_type: 'timeoff/leave/explode' })))).toBe('subscription_type');
		expect(field(await c.post('api_public/webhook_subscriptions', sub({ target_url: 'not a url' })))).toBe('target_url');
		expect(field(await c.post('api_public/webhook_subscriptions', sub({ api_version: '2020-01-01' })))).toBe('api_version');

		const on = (await c.post('api_public/webhook_subscriptions', sub({ subscription_type: 'teams/team/create' }))).body;
		const off = (await c.post('api_public/webhook_subscriptions', sub({ subscription_type: 'teams/team/create', enabled: false }))).body;
		expect(ids(await c.get('api_public/webhook_subscriptions?type=teams/team/create'))).toEqual([on.id, off.id]);
		expect(ids(await c.get('api_public/webhook_subscriptions?type=teams/team/create&enabled=true'))).toEqual([on.id]);
		expect(ids(await c.get(`api_public/webhook_subscriptions?id=${off.id}&company_id=${sb.fixtures.companyId}`))).toEqual([off.id]);
		expect(ids(await c.get('api_public/webhook_subscriptions?company_id=1'))).toEqual([]);
	});

	test('emit delivers the payload at the top level, with the challenge header, to enabled subscriptions', async () => {
		const received = [];
		const receiver = http.createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				received.push({ path: req.url, headers: req.headers, body: JSON.parse(body) });
				res.writeHead(req.url === '/broken' ? 500 : 200).end('ok');
			});
		});
		await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${receiver.address().port}`;
		try {
			const type = 'timeoff/leave/approve';
			const secret = (await c.post('api_public/webhook_subscriptions', sub({ subscription_type: type, target_url: `${base}/secret`, challenge: 'sbx-challenge-1' }))).body;
			const plain = (await c.post('api_public/webhook_subscriptions', sub({ subscription_type: type, target_url: `${base}/broken` }))).body;
			await c.post('api_public/webhook_subscriptions', sub({ subscription_type: type, target_url: `${base}/disabled`, enabled: false }));
			await c.post('api_public/webhook_subscriptions', sub({ subscription_type: 'timeoff/leave/reject', target_url: `${base}/other` }));
			const before = (await control(sb, 'GET', 'webhooks/deliveries')).body;
			const lastSeq = before.length ? before[before.length - 1].seq : 0;

			const payload = { id: '200001', employee_id: '1', approved: true };
			const emitted = await control(sb, 'POST', 'webhooks/emit', { subscription_type: type, payload });
			expect(emitted.status).toBe(200);
			expect(emitted.body.deliveries.map((d) => [d.subscription_id, d.status])).toEqual([[secret.id, 200], [plain.id, 500]]);

			expect(received.map((r) => r.path).sort()).toEqual(['/broken', '/secret']);
			for (const r of received) expect(r.body).toEqual(payload);
			expect(received.find((r) => r.path === '/secret').headers['x-factorial-wh-challenge']).toBe('sbx-challenge-1');
			expect(received.find((r) => r.path === '/broken').headers).not.toHaveProperty('x-factorial-wh-challenge');

			const deliveries = (await control(sb, 'GET', `webhooks/deliveries?since=${lastSeq}`)).body;
			expect(deliveries).toHaveLength(2);
			for (const d of deliveries) {
				expect(d).toMatchObject({ subscription_type: type, url: expect.stringContaining(base) });
				expect(d.ms).toEqual(expect.any(Number));
			}

			// A receiver that is gone is recorded with no status and the error.
			await new Promise((resolve) => receiver.close(resolve));
			receiver.closeAllConnections();
			const failed = await control(sb, 'POST', 'webhooks/emit', { subscription_type: 'timeoff/leave/reject', payload: { id: '1' } });
			expect(failed.body.deliveries).toEqual([expect.objectContaining({ status: null, error: expect.any(String) })]);

			expect((await control(sb, 'POST', 'webhooks/emit', { subscription_type: 'nope', payload: {} })).status).toBe(400);
			expect((await control(sb, 'POST', 'webhooks/emit', { subscription_type: type })).status).toBe(400);
		} finally {
			receiver.close();
		}
	});
});
