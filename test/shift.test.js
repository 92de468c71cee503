'use strict';
const { runFactorial, sandboxState, lastSeq, rl, useSandbox, apiRequests: apiRequestsSince, runOneRequest } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const shift = (operation, parameters = {}) => ({ resource: 'shift', operation, ...parameters });
const shiftsOf = async (employeeId) => (await sandboxState(sb, 'shifts')).filter((s) => s.employee_id === employeeId);

const runOne = (parameters, authentication) => runOneRequest(sb, { parameters, authentication });

// Active employees no seeded shift belongs to, so each test starts with a clean clock.
async function freshEmployees(count) {
	const busy = new Set((await sandboxState(sb, 'shifts')).map((s) => s.employee_id));
	const employees = (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null && !busy.has(e.id) && e.id !== sb.fixtures.employeeId);
	return employees.slice(-count).map((e) => e.id);
}

describe('Shift clock', () => {
	test('Clock In and Clock Out default Now to the current time; clock in opens a shift, clock out closes it', async () => {
		const [employeeId] = await freshEmployees(1);
		const started = Date.now();
		const clockIn = await runOne(shift('clockIn', { additionalFields: { employeeId: rl(employeeId, 'list'), locationType: 'work_from_home' } }));
		expect([clockIn.request.method, clockIn.request.path]).toEqual(['POST', `${V}/attendance/shifts/clock_in`]);
		expect(Object.keys(clockIn.request.body).sort()).toEqual(['employee_id', 'location_type', 'now']);
		expect(clockIn.request.body).toMatchObject({ employee_id: employeeId, location_type: 'work_from_home' });
		const sentAt = Date.parse(clockIn.request.body.now);
		expect(sentAt).toBeGreaterThanOrEqual(started - 1000);
		expect(sentAt).toBeLessThanOrEqual(Date.now() + 1000);

		let [open] = await shiftsOf(employeeId);
		expect(open).toMatchObject({ id: clockIn.items[0].json.id, clock_out: null, workable: true, location_type: 'work_from_home' });
		expect(open.clock_in).toMatch(/^\d{2}:\d{2}$/);

		const clockOut = await runOne(shift('clockOut', { additionalFields: { employeeId: rl(employeeId), observations: 'Done for today' } }));
		expect([clockOut.request.method, clockOut.request.path]).toEqual(['POST', `${V}/attendance/shifts/clock_out`]);
		expect(clockOut.request.body).toMatchObject({ employee_id: employeeId, observations: 'Done for today' });
		expect(Date.parse(clockOut.request.body.now)).toBeGreaterThanOrEqual(sentAt);
		[open] = await shiftsOf(employeeId);
		expect(open.clock_out).toMatch(/^\d{2}:\d{2}$/);
		expect(open.observations).toBe('Done for today');
	});

	test('a day with a break: Clock In, Break Start, Break End, Clock Out at given times', async () => {
		const [employeeId] = await freshEmployees(2);
		const at = (time) => `2026-10-05T${time}:00+02:00`;
		const steps = [
			['clockIn', 'clock_in', '08:00'],
			['breakStart', 'break_start', '12:00'],
			['breakEnd', 'break_end', '12:30'],
			['clockOut', 'clock_out', '16:00'],
		];
		for (const [operation, action, time] of steps) {
			const { request } = await runOne(shift(operation, { now: at(time), additionalFields: { employeeId: rl(employeeId) } }));
			expect([request.method, request.path]).toEqual(['POST', `${V}/attendance/shifts/${action}`]);
			expect(request.body).toEqual({ now: at(time), employee_id: employeeId });
		}
		const rows = (await shiftsOf(employeeId)).map((s) => [s.date, s.clock_in, s.clock_out, s.workable]);
		expect(rows).toEqual([
			['2026-10-05', '08:00', '12:00', true],
			['2026-10-05', '12:00', '12:30', false],
			['2026-10-05', '12:30', '16:00', true],
		]);
	});

	test('without an employee, a user token clocks in its own employee', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, { parameters: shift('clockIn', { now: '2026-10-06T09:15:00+02:00' }), authentication: 'oAuth2' });
		expect(error).toBeUndefined();
		const [request] = await apiRequests(before);
		expect(request.body).toEqual({ now: '2026-10-06T09:15:00+02:00' });
		expect(items[0].json).toMatchObject({ employee_id: sb.fixtures.employeeId, clock_in: '09:15', clock_out: null });
		await runFactorial(sb, { parameters: shift('clockOut', { now: '2026-10-06T17:15:00+02:00' }), authentication: 'oAuth2' });
		const closed = (await shiftsOf(sb.fixtures.employeeId)).find((s) => s.id === items[0].json.id);
		expect(closed.clock_out).toBe('17:15');
	});

	test('a malformed Now is refused before anything is sent', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, { parameters: shift('clockIn', { now: 'tomorrow at nine' }) });
		expect(error.message).toMatch(/"Clock In Time" in item 0 is not a valid date and time/);
		expect(await apiRequests(before)).toHaveLength(0);
	});
});

describe('Shift records', () => {
	test('Create records a shift with its times; Get, Update and Delete it', async () => {
		const [employeeId] = await freshEmployees(3);
		const [location] = await sandboxState(sb, 'locations');
		const created = await runOne(
			shift('create', {
				date: '2026-10-07T00:00:00',
				additionalFields: { employeeId: rl(employeeId), clockIn: '09:00', clockOut: '17:00', locationType: 'office', workplaceId: rl(location.id, 'list'), observations: 'Entered afterwards' },
			}),
		);
		expect([created.request.method, created.request.path]).toEqual(['POST', `${V}/attendance/shifts`]);
		expect(created.request.body).toEqual({
			date: '2026-10-07',
			employee_id: employeeId,
			clock_in: '09:00',
			clock_out: '17:00',
			location_type: 'office',
			workplace_id: location.id,
			observations: 'Entered afterwards',
		});
		const id = created.items[0].json.id;
		expect((await shiftsOf(employeeId)).find((s) => s.id === id)).toMatchObject({ date: '2026-10-07', clock_in: '09:00', clock_out: '17:00', minutes: 480 });

		const got = await runOne(shift('get', { shiftId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/attendance/shifts/${id}`]);
		expect(got.items[0].json.id).toBe(id);

		const updated = await runOne(shift('update', { shiftId: id, updateFields: { clockOut: '18:00', referenceDate: '2026-10-07' } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/attendance/shifts/${id}`]);
		expect(updated.request.body).toEqual({ id, clock_out: '18:00', reference_date: '2026-10-07' });
		expect((await shiftsOf(employeeId)).find((s) => s.id === id)).toMatchObject({ clock_out: '18:00', minutes: 540 });

		const deleted = await runOne(shift('delete', { shiftId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/attendance/shifts/${id}`]);
		expect((await shiftsOf(employeeId)).some((s) => s.id === id)).toBe(false);
	});

	test('Get Many filters by employees and a date range', async () => {
		const all = await sandboxState(sb, 'shifts');
		const employeeIds = [...new Set(all.map((s) => s.employee_id))].slice(0, 2);
		const { items, request } = await runOne(
			shift('getAll', { returnAll: true, filters: { employeeIds, startOn: '2026-09-29', endOn: '2026-09-29' } }),
		);
		expect([request.method, request.path]).toEqual(['GET', `${V}/attendance/shifts`]);
		expect(request.query).toEqual({ limit: '100', 'employee_ids[]': employeeIds, start_on: '2026-09-29', end_on: '2026-09-29' });
		const expected = all.filter((s) => employeeIds.includes(s.employee_id) && s.date === '2026-09-29').map((s) => s.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);
	});
});

describe('record ids typed in by hand', () => {
	test.each(['..', '../credentials', 'a/b', '%2e%2e'])('refuses %j before sending anything', async (id) => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, { parameters: shift('delete', { shiftId: id }) });
		expect(error.message).toMatch(/is not a valid ID/);
		expect(await apiRequests(before)).toHaveLength(0);
	});
});
