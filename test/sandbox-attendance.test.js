'use strict';
// The sandbox's shift autofill and toggle clock (sandbox/resources/shift-autofill.js), over HTTP.
const { startSandbox } = require('./sandbox');

const V = '2026-10-01';
let sb;
let call;
beforeAll(async () => {
	sb = await startSandbox({ port: 0, employees: 30, seed: 1 });
	call = async (method, p, body) => {
		const res = await fetch(`${sb.url}/api/${V}/resources/${p}`, {
			method,
			headers: { 'x-api-key': sb.fixtures.apiKey, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : null };
	};
});
afterAll(() => sb.close());

const days = (shifts, employee) => shifts.filter((s) => s.employee_id === employee).map((s) => s.date).sort();

describe('POST attendance/shifts/autofill', () => {
	// Employee 2 works at the Barcelona office (Diada, Friday 2026-09-11, is its holiday) and
	// employee 4 at the Madrid office (no holiday that week); both have a Monday-to-Friday,
	// 40-hours-a-week contract with bank holidays non-workable.
	test('fills the working days of the range; skips days off, approved time off, holidays and recorded days', async () => {
		expect(sb.records('employees').filter((e) => ['2', '4'].includes(e.id)).map((e) => e.location_id)).toEqual(['21', '22']);
		const sick = await call('POST', 'timeoff/leaves', { employee_id: '2', leave_type_id: '42', start_on: '2026-09-08', finish_on: '2026-09-08' });
		expect(sick.body.approved).toBe(true);
		const pending = await call('POST', 'timeoff/leaves', { employee_id: '2', leave_type_id: '41', start_on: '2026-09-10', finish_on: '2026-09-10' });
		expect(pending.body.approved).toBeNull();
		const recorded = await call('POST', 'attendance/shifts', { employee_id: '2', date: '2026-09-09', clock_in: '08:00', clock_out: '12:00' });
		expect(recorded.status).toBe(201);

		const filled = await call('POST', 'attendance/shifts/autofill', { employee_ids: ['2', '4'], start_on: '2026-09-07', end_on: '2026-09-13', source: 'api' });
		expect(filled.status).toBe(200);
		// Employee 2: Tuesday on sick leave, Wednesday recorded, Friday a holiday, the weekend off;
		// a pending leave does not stop the Thursday.
		expect(days(filled.body, '2')).toEqual(['2026-09-07', '2026-09-10']);
		expect(days(filled.body, '4')).toEqual(['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11']);
		// 40 hours over five working days: eight hours each.
		for (const shift of filled.body) expect(shift).toMatchObject({ clock_in: '09:00', clock_out: '17:00', minutes: 480, workable: true, in_source: 'api' });
		const listed = await call('GET', 'attendance/shifts?employee_ids[]=2&start_on=2026-09-07&end_on=2026-09-13');
		expect(listed.body.data.map((s) => s.date).sort()).toEqual(['2026-09-07', '2026-09-09', '2026-09-10']);

		// Run again: every day is now recorded, so nothing is made twice.
		const again = await call('POST', 'attendance/shifts/autofill', { employee_ids: ['2', '4'], start_on: '2026-09-07', end_on: '2026-09-13' });
		expect(again.body).toEqual([]);
	});

	test('a holiday is filled when the contract counts bank holidays as workable', async () => {
		const version = sb.records('contract_versions').filter((v) => v.employee_id === '6').at(-1);
		const changed = await call('PUT', `contracts/contract_versions/${version.id}`, { id: version.id, bank_holiday_treatment: 'workable' });
		expect(changed.body.bank_holiday_treatment).toBe('workable');
		const filled = await call('POST', 'attendance/shifts/autofill', { employee_ids: ['6'], start_on: '2026-09-11', end_on: '2026-09-11' });
		expect(days(filled.body, '6')).toEqual(['2026-09-11']);
	});

	test('names the field when the range or an employee is wrong, and changes nothing', async () => {
		const before = sb.records('shifts').length;
		const backwards = await call('POST', 'attendance/shifts/autofill', { employee_ids: ['2'], start_on: '2026-09-10', end_on: '2026-09-07' });
		expect([backwards.status, backwards.body.errors[0].field]).toEqual([422, 'end_on']);
		const nobody = await call('POST', 'attendance/shifts/autofill', { employee_ids: ['999999'], start_on: '2026-09-07', end_on: '2026-09-07' });
		expect([nobody.status, nobody.body.errors[0].field]).toEqual([422, 'employee_ids']);
		const missing = await call('POST', 'attendance/shifts/autofill', { start_on: '2026-09-07', end_on: '2026-09-07' });
		expect([missing.status, missing.body.errors[0].field]).toEqual([422, 'employee_ids']);
		expect(sb.records('shifts').length).toBe(before);
	});
});

describe('POST attendance/shifts/toggle_clock', () => {
	test('clocks in, into and out of a break with a break configuration, and out', async () => {
		const toggle = (time, extra = {}) => call('POST', 'attendance/shifts/toggle_clock', { employee_id: '5', clock_time: `2026-10-02T${time}:00+02:00`, ...extra });
		const inn = await toggle('08:00', { location_type: 'office' });
		expect(inn.body).toMatchObject({ employee_id: '5', date: '2026-10-02', clock_in: '08:00', clock_out: null, workable: true, location_type: 'office' });
		const pause = await toggle('12:00', { time_settings_break_configuration_id: '7' });
		expect(pause.body).toMatchObject({ clock_in: '12:00', clock_out: null, workable: false, time_settings_break_configuration_id: '7' });
		const back = await toggle('12:30', { time_settings_break_configuration_id: '7' });
		expect(back.body).toMatchObject({ clock_in: '12:00', clock_out: '12:30', workable: false });
		const out = await toggle('17:00');
		expect(out.body).toMatchObject({ clock_in: '12:30', clock_out: '17:00', workable: true });
		const listed = await call('GET', 'attendance/shifts?employee_ids[]=5&start_on=2026-10-02&end_on=2026-10-02');
		expect(listed.body.data.map((s) => [s.clock_in, s.clock_out, s.workable])).toEqual([['08:00', '12:00', true], ['12:00', '12:30', false], ['12:30', '17:00', true]]);
	});

	test('a project the employee is not assigned to is a 404, and nothing is clocked', async () => {
		const before = sb.records('shifts').length;
		const res = await call('POST', 'attendance/shifts/toggle_clock', { employee_id: '5', clock_time: '2026-10-03T08:00:00Z', project_id: '999999' });
		expect(res.status).toBe(404);
		expect(sb.records('shifts').length).toBe(before);
	});
});
