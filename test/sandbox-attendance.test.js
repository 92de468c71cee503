'use strict';
// The sandbox's shift autofill and toggle clock (sandbox/resources/shift-autofill.js), over HTTP.
const { startSandbox } = require('./sandbox');
const { apiCall } = require('./helpers/sandbox-api');

let sb;
let call;
beforeAll(async () => {
	sb = await startSandbox({ port: 0, employees: 30, seed: 1 });
	call = apiCall(sb);
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

// Generic endpoints with Factorial's rules (sandbox/rules/attendance.js).
describe('planned shifts (shift_management/shifts)', () => {
	test('list by calendar-day range and state; bulk delete keeps backups unless asked, and answers what it deleted', async () => {
		const shift = (employee, day, state) => ({ employee_id: employee, company_id: sb.fixtures.companyId, start_at: `${day}T22:00:00Z`, end_at: `${day}T23:30:00Z`, state, creation_mode: 'manual' });
		const made = await call('POST', 'shift_management/shifts/bulk_create', {
			shifts: [shift('3', '2026-11-02', 'draft'), shift('3', '2026-11-03', 'backup'), shift('3', '2026-11-04', 'published'), shift('4', '2026-11-03', 'draft')],
		});
		expect(made.status).toBe(200);
		const ids = made.body.map((s) => s.id);
		const inRange = await call('GET', 'shift_management/shifts?employee_ids[]=3&start_at=2026-11-03T23:59:00Z&end_at=2026-11-03T00:00:00Z');
		expect(inRange.body.data.map((s) => s.id)).toEqual([ids[1]]);
		const published = await call('GET', `shift_management/shifts?only_published=true&ids[]=${ids.join('&ids[]=')}`);
		expect(published.body.data.map((s) => s.id)).toEqual([ids[2]]);
		const drafts = await call('GET', `shift_management/shifts?only_states[]=draft&without_ids[]=${ids[3]}&ids[]=${ids.join('&ids[]=')}`);
		expect(drafts.body.data.map((s) => s.id)).toEqual([ids[0]]);

		const deleted = await call('POST', 'shift_management/shifts/bulk_delete', { author_id: '1', employee_ids: ['3'], start_at: '2026-11-02', end_at: '2026-11-04' });
		expect(deleted.body.map((s) => s.id)).toEqual([ids[0], ids[2]]);
		const left = await call('GET', `shift_management/shifts?ids[]=${ids.join('&ids[]=')}`);
		expect(left.body.data.map((s) => s.id)).toEqual([ids[1], ids[3]]);
		const backups = await call('POST', 'shift_management/shifts/bulk_delete', { author_id: '1', ids: [ids[1]], destroy_backup_shifts: true });
		expect(backups.body.map((s) => s.id)).toEqual([ids[1]]);
	});
});

describe('attendance reviews, planning versions, work schedules', () => {
	test('reviews: one per employee and day, reviewed again keeps one; bulk destroy removes the range', async () => {
		const made = await call('POST', 'attendance/reviews/bulk_create', { employee_ids: ['3', '4'], start_on: '2026-11-02', end_on: '2026-11-04', reviewed_by: '1' });
		expect(made.body.map((r) => `${r.employee_id} ${r.date} ${r.author_id}`)).toEqual(['3 2026-11-02 1', '3 2026-11-03 1', '3 2026-11-04 1', '4 2026-11-02 1', '4 2026-11-03 1', '4 2026-11-04 1']);
		const again = await call('POST', 'attendance/reviews/bulk_create', { employee_ids: ['3'], start_on: '2026-11-02', end_on: '2026-11-02', reviewed_by: '2' });
		expect(again.body[0].id).toBe(made.body[0].id);
		const read = (employee) => call('GET', `attendance/reviews?employee_ids[]=${employee}&start_on=2026-11-01&end_on=2026-11-30&reviewed_at=2026-11-05T00:00:00Z`);
		expect((await read('3')).body.data.map((r) => [r.date, r.author_id])).toEqual([['2026-11-02', '2'], ['2026-11-03', '1'], ['2026-11-04', '1']]);
		const removed = await call('POST', 'attendance/reviews/bulk_destroy', { employee_ids: ['3'], start_on: '2026-11-03', end_on: '2026-11-30' });
		expect(removed.body.map((r) => r.date)).toEqual(['2026-11-03', '2026-11-04']);
		expect((await read('3')).body.data.map((r) => r.date)).toEqual(['2026-11-02']);
		expect((await read('4')).body.data).toHaveLength(3);
		const backwards = await call('POST', 'attendance/reviews/bulk_destroy', { employee_ids: ['3'], start_on: '2026-11-30', end_on: '2026-11-03' });
		expect([backwards.status, backwards.body.errors[0].field]).toEqual([422, 'end_on']);
	});

	test('planning versions: bulk create makes one per employee', async () => {
		const made = await call('POST', 'time_planning/planning_versions/bulk_create', { employee_ids: ['3', '4'], effective_at: '2026-12-01', planning_tool: 'work_schedule', schedule_id: '9' });
		expect(made.body.map((v) => [v.employee_id, v.effective_at, v.planning_tool])).toEqual([['3', '2026-12-01', 'work_schedule'], ['4', '2026-12-01', 'work_schedule']]);
	});

	test('work schedules: toggle archive archives, then brings back', async () => {
		const made = await call('POST', 'work_schedule/schedules', { name: 'Night', schedule_type: 'fixed' });
		expect(made.body.archived_at).toBeNull();
		const archived = await call('POST', 'work_schedule/schedules/toggle_archive', { id: made.body.id });
		expect(archived.body.archived_at).toEqual(expect.any(String));
		const back = await call('POST', 'work_schedule/schedules/toggle_archive', { id: made.body.id });
		expect(back.body.archived_at).toBeNull();
		const missing = await call('POST', 'work_schedule/schedules/toggle_archive', { id: '999' });
		expect(missing.status).toBe(404);
	});
});
