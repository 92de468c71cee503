'use strict';
// Curated operations for attendance and scheduling (issue 15, helper a): the requests each one
// sends, against the sandbox's generic layer (which checks them against Factorial's catalog) and,
// for autofill and toggle clock, its hand-written shift rules (sandbox/resources/shift-autofill.js).
const { runOk, runFailing, runFactorial, useSandbox, rl } = require('./helpers/factorial');

let sb;
useSandbox((started) => {
	sb = started;
});

const V = '/api/2026-10-01/resources';
const op = (resource, operation, parameters = {}) => ({ parameters: { resource, operation, ...parameters } });
const noUnknown = (request) => expect([request.unknownFields, request.unknownQuery]).toEqual([undefined, undefined]);
const sent = (request) => ({ method: request.method, path: request.path.slice(V.length + 1), query: request.query, body: request.body });

describe('Shift: autofill, toggle clock, open shifts', () => {
	test('Autofill sends the employees and the range, and gets back the shifts Factorial made', async () => {
		const { items, requests } = await runOk(sb, op('shift', 'autofill', { employeeIds: '2, 4', startOn: '2026-10-05', endOn: '2026-10-11', additionalFields: { source: 'api' } }));
		expect(sent(requests[0])).toMatchObject({ method: 'POST', path: 'attendance/shifts/autofill', body: { employee_ids: ['2', '4'], start_on: '2026-10-05', end_on: '2026-10-11', source: 'api' } });
		noUnknown(requests[0]);
		// Monday to Friday for both (no holiday that week in either office): ten shifts, one item each.
		expect(items.map((i) => `${i.json.employee_id} ${i.json.date}`).sort()).toEqual(
			['2', '4'].flatMap((e) => ['05', '06', '07', '08', '09'].map((d) => `${e} 2026-10-${d}`)),
		);
		const again = await runOk(sb, op('shift', 'autofill', { employeeIds: '2, 4', startOn: '2026-10-05', endOn: '2026-10-11' }));
		expect(again.items).toHaveLength(0);
	});

	test('Autofill refuses a missing range before sending', async () => {
		const missing = await runFailing(sb, op('shift', 'autofill', { employeeIds: '2', startOn: '2026-10-05', endOn: '={{ "" }}' }));
		expect(missing.error.message).toBe('"To Date" in item 0 is required but empty');
		expect(missing.requests).toHaveLength(0);
	});

	test('Toggle Clock clocks in then out; Get Open Shifts sends its filter', async () => {
		const inn = await runOk(sb, op('shift', 'toggleClock', { employeeId: rl('7'), clockTime: '2026-10-12T08:00:00+02:00', additionalFields: { locationType: 'office', observations: 'Early' } }));
		expect(sent(inn.requests[0])).toMatchObject({ method: 'POST', path: 'attendance/shifts/toggle_clock', body: { employee_id: '7', clock_time: '2026-10-12T08:00:00+02:00', location_type: 'office', observations: 'Early' } });
		noUnknown(inn.requests[0]);
		expect(inn.items[0].json).toMatchObject({ clock_in: '08:00', clock_out: null });
		const open = await runOk(sb, op('shift', 'getOpen', { returnAll: true, filters: { employeeIds: '7' } }));
		expect(sent(open.requests[0])).toMatchObject({ method: 'GET', path: 'attendance/open_shifts', query: { 'employee_ids[]': ['7'] } });
		noUnknown(open.requests[0]);
		const out = await runOk(sb, op('shift', 'toggleClock', { employeeId: rl('7'), clockTime: '2026-10-12T16:00:00+02:00' }));
		expect(out.items[0].json).toMatchObject({ clock_in: '08:00', clock_out: '16:00' });
	});

	test('Toggle Clock without a time sends the current time', async () => {
		const { requests } = await runOk(sb, op('shift', 'toggleClock', { employeeId: rl('8') }));
		expect(Math.abs(Date.parse(requests[0].body.clock_time) - Date.now())).toBeLessThan(60000);
	});
});

describe('Edit Timesheet Request', () => {
	test('create, list with filters, update (employee sent again), get, delete', async () => {
		const created = await runOk(sb, op('editTimesheetRequest', 'create', {
			employeeId: rl('3'), requestType: 'create_shift', additionalFields: { date: '2026-10-05', clockIn: '09:00', clockOut: '17:00', reason: 'Forgot to clock', workable: true },
		}));
		expect(sent(created.requests[0])).toMatchObject({ method: 'POST', path: 'attendance/edit_timesheet_requests', body: { employee_id: '3', request_type: 'create_shift', date: '2026-10-05', clock_in: '09:00', clock_out: '17:00', reason: 'Forgot to clock', workable: true } });
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		const listed = await runOk(sb, op('editTimesheetRequest', 'getAll', { returnAll: true, filters: { ids: id, employeeIds: '3', pending: true, startOn: '2026-10-01', endOn: '2026-10-31' } }));
		expect(listed.requests[0].query).toMatchObject({ 'ids[]': [id], 'employee_ids[]': ['3'], pending: 'true', start_on: '2026-10-01', end_on: '2026-10-31' });
		noUnknown(listed.requests[0]);
		const updated = await runOk(sb, op('editTimesheetRequest', 'update', { editTimesheetRequestId: id, employeeId: rl('3'), updateFields: { clockOut: '18:00' } }));
		expect(sent(updated.requests[0])).toMatchObject({ method: 'PUT', path: `attendance/edit_timesheet_requests/${id}`, body: { id, employee_id: '3', clock_out: '18:00' } });
		noUnknown(updated.requests[0]);
		expect((await runOk(sb, op('editTimesheetRequest', 'get', { editTimesheetRequestId: id }))).items[0].json.clock_out).toBe('18:00');
		await runOk(sb, op('editTimesheetRequest', 'delete', { editTimesheetRequestId: id }));
		expect((await runFailing(sb, op('editTimesheetRequest', 'get', { editTimesheetRequestId: id }))).error.httpCode).toBe('404');
	});
});

describe('Timesheet Review', () => {
	test('mark as reviewed, list (every filter Factorial requires), remove', async () => {
		const marked = await runOk(sb, op('timesheetReview', 'markReviewed', { employeeIds: '3, 4', startOn: '2026-10-01', endOn: '2026-10-07', reviewedBy: rl('1') }));
		expect(sent(marked.requests[0])).toMatchObject({ method: 'POST', path: 'attendance/reviews/bulk_create', body: { employee_ids: ['3', '4'], start_on: '2026-10-01', end_on: '2026-10-07', reviewed_by: '1' } });
		noUnknown(marked.requests[0]);
		const listed = await runOk(sb, op('timesheetReview', 'getAll', { employeeIds: '3', startOn: '2026-10-01', endOn: '2026-10-07', reviewedAt: '2026-10-08T10:00:00Z', returnAll: true }));
		expect(sent(listed.requests[0])).toMatchObject({ method: 'GET', path: 'attendance/reviews', query: { 'employee_ids[]': ['3'], start_on: '2026-10-01', end_on: '2026-10-07' } });
		expect(listed.requests[0].query.reviewed_at).toMatch(/^2026-10-08T10:00:00/);
		noUnknown(listed.requests[0]);
		expect(listed.items.map((i) => i.json.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
		const removed = await runOk(sb, op('timesheetReview', 'unmarkReviewed', { employeeIds: '3', startOn: '2026-10-01', endOn: '2026-10-07' }));
		expect(sent(removed.requests[0])).toMatchObject({ method: 'POST', path: 'attendance/reviews/bulk_destroy', body: { employee_ids: ['3'], start_on: '2026-10-01', end_on: '2026-10-07' } });
		expect(removed.items).toHaveLength(7);
	});
});

describe('Break Configuration and Attendance Break Configuration', () => {
	test('create a paid break, enable it for an attendance setting, list, update, archive', async () => {
		const created = await runOk(sb, op('breakConfiguration', 'create', { name: 'Lunch', paid: false }));
		expect(sent(created.requests[0])).toMatchObject({ method: 'POST', path: 'time_settings/break_configurations', body: { name: 'Lunch', paid: false } });
		noUnknown(created.requests[0]);
		const breakId = created.items[0].json.id;
		const listed = await runOk(sb, op('breakConfiguration', 'getAll', { returnAll: true, filters: { ids: breakId } }));
		// Factorial requires `active` on every list request: sent as set (on by default).
		expect(listed.requests[0].query).toMatchObject({ active: 'true', 'ids[]': [breakId] });
		noUnknown(listed.requests[0]);
		const archived = await runOk(sb, op('breakConfiguration', 'update', { breakConfigurationId: breakId, updateFields: { archived: true, paid: true } }));
		expect(sent(archived.requests[0])).toMatchObject({ method: 'PUT', path: `time_settings/break_configurations/${breakId}`, body: { id: breakId, archived: true, paid: true } });
		expect((await runOk(sb, op('breakConfiguration', 'get', { breakConfigurationId: breakId }))).items[0].json).toMatchObject({ archived: true, paid: true });

		const enabled = await runOk(sb, op('attendanceBreakConfiguration', 'create', { timeSettingsBreakConfigurationId: breakId, attendanceEmployeesSettingId: '5', enabled: true }));
		expect(enabled.requests[0].body).toEqual({ time_settings_break_configuration_id: breakId, attendance_employees_setting_id: '5', enabled: true });
		const id = enabled.items[0].json.id;
		const settings = await runOk(sb, op('attendanceBreakConfiguration', 'getAll', { returnAll: true, filters: { timeSettingsBreakConfigurationIds: breakId, attendanceEmployeesSettingId: '5', enabled: true } }));
		expect(settings.requests[0].query).toMatchObject({ 'time_settings_break_configuration_ids[]': [breakId], attendance_employees_setting_id: '5', enabled: 'true' });
		noUnknown(settings.requests[0]);
		expect(settings.items.map((i) => i.json.id)).toContain(id);
		const disabled = await runOk(sb, op('attendanceBreakConfiguration', 'update', { attendanceBreakConfigurationId: id, updateFields: { enabled: false } }));
		expect(sent(disabled.requests[0])).toMatchObject({ method: 'PUT', path: `attendance/break_configurations/${id}`, body: { id, enabled: false } });
		expect((await runOk(sb, op('attendanceBreakConfiguration', 'get', { attendanceBreakConfigurationId: id }))).items[0].json.enabled).toBe(false);
	});
});

describe('Time Range Category', () => {
	test('list with filters and get one', async () => {
		const listed = await runOk(sb, op('timeRangeCategory', 'getAll', { returnAll: true, filters: { active: true } }));
		expect(sent(listed.requests[0])).toMatchObject({ method: 'GET', path: 'time_settings/split_custom_time_range_categories', query: { active: 'true' } });
		noUnknown(listed.requests[0]);
		const id = listed.items[0].json.id;
		const one = await runOk(sb, op('timeRangeCategory', 'get', { timeRangeCategoryId: id }));
		expect(one.requests[0].path).toBe(`${V}/time_settings/split_custom_time_range_categories/${id}`);
	});
});

describe('Work Schedule, Schedule Period, Schedule Day', () => {
	test('create a schedule, a period in it, its days; rename, archive; read them back', async () => {
		const schedule = await runOk(sb, op('workSchedule', 'create', { name: 'Summer', scheduleType: 'fixed' }));
		expect(sent(schedule.requests[0])).toMatchObject({ method: 'POST', path: 'work_schedule/schedules', body: { name: 'Summer', schedule_type: 'fixed' } });
		noUnknown(schedule.requests[0]);
		const scheduleId = schedule.items[0].json.id;
		const renamed = await runOk(sb, op('workSchedule', 'update', { workScheduleId: scheduleId, updateFields: { name: 'Summer hours' } }));
		expect(sent(renamed.requests[0])).toMatchObject({ method: 'PUT', path: `work_schedule/schedules/${scheduleId}`, body: { id: scheduleId, name: 'Summer hours' } });
		const archived = await runOk(sb, op('workSchedule', 'toggleArchive', { workScheduleId: scheduleId }));
		expect(sent(archived.requests[0])).toMatchObject({ method: 'POST', path: 'work_schedule/schedules/toggle_archive', body: { id: scheduleId } });
		expect(archived.items[0].json.archived_at).toEqual(expect.any(String));
		const listed = await runOk(sb, op('workSchedule', 'getAll', { withPeriods: true, returnAll: true, filters: { ids: scheduleId } }));
		// Both flags are required by Factorial: sent even when off.
		expect(listed.requests[0].query).toMatchObject({ with_employee_ids: 'false', with_periods: 'true', 'ids[]': [scheduleId] });
		noUnknown(listed.requests[0]);
		expect(listed.items.map((i) => i.json.name)).toEqual(['Summer hours']);
		expect((await runOk(sb, op('workSchedule', 'get', { workScheduleId: scheduleId }))).items[0].json.name).toBe('Summer hours');

		const period = { default: false, start_day: 1, start_month: 6, end_day: 31, end_month: 8, schedule_type: 'fixed' };
		const createdPeriod = await runOk(sb, op('scheduleOverlapPeriod', 'create', { scheduleId, additionalFields: { createParams: JSON.stringify(period) } }));
		expect(sent(createdPeriod.requests[0])).toMatchObject({ method: 'POST', path: 'work_schedule/overlap_periods', body: { schedule_id: scheduleId, create_params: period } });
		noUnknown(createdPeriod.requests[0]);
		const periodId = createdPeriod.items[0].json.id;
		const movedPeriod = await runOk(sb, op('scheduleOverlapPeriod', 'update', { overlapPeriodId: periodId, updateFields: { updateParams: '{"end_day": 15, "end_month": 9}' } }));
		expect(sent(movedPeriod.requests[0])).toMatchObject({ method: 'PUT', path: `work_schedule/overlap_periods/${periodId}`, body: { id: periodId, update_params: { end_day: 15, end_month: 9 } } });
		const periods = await runOk(sb, op('scheduleOverlapPeriod', 'getAll', { returnAll: true, filters: { ids: periodId } }));
		expect(periods.items.map((i) => i.json.id)).toEqual([periodId]);
		expect((await runOk(sb, op('scheduleOverlapPeriod', 'get', { overlapPeriodId: periodId }))).items[0].json.id).toBe(periodId);

		const week = ['monday', 'tuesday'].map((weekday) => ({ weekday, start_at: '08:00', duration_in_seconds: 25200 }));
		const saved = await runOk(sb, op('scheduleDayConfiguration', 'save', { overlapPeriodId: periodId, dayConfigurations: JSON.stringify(week) }));
		expect(sent(saved.requests[0])).toMatchObject({ method: 'POST', path: 'work_schedule/day_configurations/bulk_cud', body: { overlap_period_id: periodId, day_configurations: week } });
		noUnknown(saved.requests[0]);
		const days = await runOk(sb, op('scheduleDayConfiguration', 'getAll', { returnAll: true, filters: { scheduleId, overlapPeriodId: periodId } }));
		expect(days.requests[0].query).toMatchObject({ schedule_id: scheduleId, overlap_period_id: periodId });
		noUnknown(days.requests[0]);
		const dayId = saved.items[0].json.id;
		expect((await runOk(sb, op('scheduleDayConfiguration', 'get', { dayConfigurationId: dayId }))).items[0].json.weekday).toBe('monday');

		await runOk(sb, op('scheduleOverlapPeriod', 'delete', { overlapPeriodId: periodId }));
		expect((await runFailing(sb, op('scheduleOverlapPeriod', 'get', { overlapPeriodId: periodId }))).error.httpCode).toBe('404');
	});

	test('a period that is not JSON fails before sending, naming the field', async () => {
		const bad = await runFailing(sb, op('scheduleOverlapPeriod', 'create', { scheduleId: '1', additionalFields: { createParams: '{start_day: 1' } }));
		expect(bad.error.message).toMatch(/^"Period" in item 0 is not valid JSON/);
		expect(bad.requests).toHaveLength(0);
	});
});

describe('Planning Version', () => {
	test('create, create for many, list (only_active always sent), update, delete', async () => {
		const created = await runOk(sb, op('planningVersion', 'create', { employeeId: rl('3'), effectiveAt: '2026-11-01', planningTool: 'work_schedule', additionalFields: { scheduleId: '12', numberOfRestDaysInCents: 200 } }));
		expect(sent(created.requests[0])).toMatchObject({ method: 'POST', path: 'time_planning/planning_versions', body: { employee_id: '3', effective_at: '2026-11-01', planning_tool: 'work_schedule', schedule_id: '12', number_of_rest_days_in_cents: 200 } });
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		const many = await runOk(sb, op('planningVersion', 'bulkCreate', { employeeIds: '4, 5', effectiveAt: '2026-11-01', planningTool: 'shift_management' }));
		expect(sent(many.requests[0])).toMatchObject({ method: 'POST', path: 'time_planning/planning_versions/bulk_create', body: { employee_ids: ['4', '5'], effective_at: '2026-11-01', planning_tool: 'shift_management' } });
		noUnknown(many.requests[0]);
		expect(many.items.map((i) => i.json.employee_id)).toEqual(['4', '5']);
		const listed = await runOk(sb, op('planningVersion', 'getAll', { returnAll: true, filters: { employeeIds: '3', planningTool: 'work_schedule', scheduleIds: '12', forShifts: false } }));
		expect(sent(listed.requests[0])).toMatchObject({ method: 'GET', path: 'time_planning/planning_versions', query: { only_active: 'false', 'employee_ids[]': ['3'], planning_tool: 'work_schedule', 'schedule_ids[]': ['12'], for_shifts: 'false' } });
		noUnknown(listed.requests[0]);
		const updated = await runOk(sb, op('planningVersion', 'update', { planningVersionId: id, effectiveAt: '2026-12-01', planningTool: 'contract_hours' }));
		expect(sent(updated.requests[0])).toMatchObject({ method: 'PUT', path: `time_planning/planning_versions/${id}`, body: { id, effective_at: '2026-12-01', planning_tool: 'contract_hours' } });
		noUnknown(updated.requests[0]);
		const deleted = await runOk(sb, op('planningVersion', 'delete', { planningVersionId: id }));
		expect(sent(deleted.requests[0])).toMatchObject({ method: 'DELETE', path: `time_planning/planning_versions/${id}` });
	});
});

describe('Planned Shift and Planned Break', () => {
	test('create one, create many, read them page by page with filters, delete', async () => {
		const one = await runOk(sb, op('plannedShift', 'create', { employeeId: rl('3'), startAt: '2026-10-12T09:00:00+02:00', endAt: '2026-10-12T17:00:00+02:00', additionalFields: { name: 'Morning', notes: 'Front desk', locationId: rl('21') } }));
		const post = one.requests.find((r) => r.method === 'POST');
		expect(sent(post)).toMatchObject({ method: 'POST', path: 'shift_management/shifts', body: { employee_id: '3', company_id: sb.fixtures.companyId, name: 'Morning', notes: 'Front desk', location_id: '21' } });
		expect(post.body.start_at).toMatch(/^2026-10-12T09:00:00/);
		noUnknown(post);
		const oneId = one.items[0].json.id;

		// 120 shifts in one request: more than one page of 100 when read back.
		const shifts = Array.from({ length: 120 }, (_, n) => ({
			employee_id: String(1 + (n % 5)), company_id: sb.fixtures.companyId, start_at: `2026-10-${String(13 + (n % 5)).padStart(2, '0')}T09:00:00Z`, end_at: `2026-10-${String(13 + (n % 5)).padStart(2, '0')}T17:00:00Z`, state: 'draft', creation_mode: 'automatic', location_id: '21',
		}));
		const many = await runOk(sb, op('plannedShift', 'bulkCreate', { shifts: JSON.stringify(shifts) }));
		expect(sent(many.requests[0])).toMatchObject({ method: 'POST', path: 'shift_management/shifts/bulk_create', body: { shifts } });
		noUnknown(many.requests[0]);
		expect(many.items).toHaveLength(120);
		const all = await runOk(sb, op('plannedShift', 'getAll', { returnAll: true }));
		expect(all.requests.length).toBeGreaterThanOrEqual(2);
		expect(all.requests[1].query.after_id).toBeDefined();
		expect(new Set(all.items.map((i) => i.json.id)).size).toBe(all.items.length);
		expect(all.items.length).toBeGreaterThanOrEqual(121);

		const filtered = await runOk(sb, op('plannedShift', 'getAll', { limit: 5, filters: { employeeIds: '2', onlyState: 'draft', startAt: '2026-10-13T00:00:00Z', endAt: '2026-10-20T00:00:00Z', onlyPublished: false, splitOvernightShifts: true, locationIds: '21', withoutIds: oneId } }));
		expect(filtered.requests[0].query).toMatchObject({ 'employee_ids[]': ['2'], 'only_states[]': ['draft'], only_published: 'false', split_overnight_shifts: 'true', 'location_ids[]': ['21'], 'without_ids[]': [oneId], limit: '5' });
		noUnknown(filtered.requests[0]);
		expect(filtered.items).toHaveLength(5);
		expect(filtered.items.every((i) => i.json.employee_id === '2' && i.json.state === 'draft')).toBe(true);

		const bulkDeleted = await runOk(sb, op('plannedShift', 'bulkDelete', { authorId: '1', additionalFields: { employeeIds: '2', startAt: '2026-10-13T00:00:00Z', endAt: '2026-10-20T00:00:00Z', destroyBackupShifts: true } }));
		expect(sent(bulkDeleted.requests[0])).toMatchObject({ method: 'POST', path: 'shift_management/shifts/bulk_delete', body: { author_id: '1', employee_ids: ['2'], destroy_backup_shifts: true } });
		noUnknown(bulkDeleted.requests[0]);
		// Every fifth of the 120 was employee 2's: those 24 are deleted, and are the items.
		expect(bulkDeleted.items).toHaveLength(24);
		expect(bulkDeleted.items.every((i) => i.json.employee_id === '2')).toBe(true);
		const left = await runOk(sb, op('plannedShift', 'getAll', { returnAll: true, filters: { employeeIds: '2', startAt: '2026-10-13T00:00:00Z', endAt: '2026-10-20T00:00:00Z' } }));
		expect(left.items).toHaveLength(0);
		await runOk(sb, op('plannedShift', 'delete', { plannedShiftId: oneId }));
		expect((await runFailing(sb, op('plannedShift', 'get', { plannedShiftId: oneId }))).error.httpCode).toBe('404');

		const breaks = [{ break_configuration_id: '3', shift_id: many.items[0].json.id, duration: 30 }];
		const planned = await runOk(sb, op('plannedBreak', 'bulkCreate', { plannedBreaks: JSON.stringify(breaks) }));
		expect(sent(planned.requests[0])).toMatchObject({ method: 'POST', path: 'time_planning/planned_breaks/bulk_create', body: { planned_breaks: breaks } });
		noUnknown(planned.requests[0]);
		const breakId = planned.items[0].json.id;
		expect((await runOk(sb, op('plannedBreak', 'get', { plannedBreakId: breakId }))).items[0].json.break_configuration_id).toBe('3');
	});
});

// Writes with a check (engine/checks.ts): after a 500 that followed the write, a read finds it
// (confirmed, not sent again); after a 503 before it, the read proves it missing and it is resent.
describe('write checks', () => {
	const CASES = [
		['Planned Shift → Create', 'shift_management/shifts', (n) => op('plannedShift', 'create', { employeeId: rl('5'), companyId: rl(sb.fixtures.companyId), startAt: `2026-11-${10 + n}T08:00:00Z`, endAt: `2026-11-${10 + n}T16:00:00Z` })],
		['Planning Version → Create', 'time_planning/planning_versions', (n) => op('planningVersion', 'create', { employeeId: rl('6'), effectiveAt: `2027-01-${10 + n}`, planningTool: 'shift_management' })],
		['Break Configuration → Create', 'time_settings/break_configurations', (n) => op('breakConfiguration', 'create', { name: `Checked break ${n}`, paid: true })],
	];
	const applied = (path) => [...sb.state.writes.byFingerprint.values()].filter((w) => w.method === 'POST' && w.path === `/resources/${path}`).reduce((sum, w) => sum + w.count, 0);
	let n = 0;
	async function unanswered(fault, make, path) {
		const options = make(++n);
		sb.resetStats();
		sb.configure({ faults: { script: [fault] } });
		const { items, error } = await runFactorial(sb, { ...options, continueOnFail: true });
		sb.configure({ faults: null });
		expect(error).toBeUndefined();
		return { json: items[0].json, applied: applied(path) };
	}
	test.each(CASES)('%s: confirmed when applied, resent when not', async (_, path, make) => {
		const after = await unanswered('error5xxAfterApply', make, path);
		expect([after.json.error, after.json.confirmedAfterFailure, after.json.resentAfterFailure, after.applied]).toEqual([undefined, true, undefined, 1]);
		const before = await unanswered('error5xxBeforeApply', make, path);
		expect([before.json.error, before.json.resentAfterFailure, before.json.confirmedAfterFailure, before.applied]).toEqual([undefined, true, undefined, 1]);
	});
});
