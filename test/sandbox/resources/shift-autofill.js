'use strict';
// Two clock actions of attendance/shifts that the older facts had no body for: autofill and
// toggle_clock. Their bodies come from the full catalog (facts/operations-2026-10-01.json).
//
// Autofill: "Autofills a Shift" for employee_ids from start_on to end_on, answered with the shifts
// it made (an array). The catalog's estimated-time object says what a day asks of an employee:
// `minutes` is "Amount of minutes the employee has to work" and `expected_minutes` is that
// "without taking into consideration time off leaves and bank holidays". So a day is filled only
// when the employee has to work it:
// - the day's weekday is in the contract version's `working_week_days` ("the days of the week the
//   employee works"; no contract in effect: nothing to fill from);
// - no approved leave covers the day (time off leaves);
// - no company holiday of the employee's location falls on it, when the contract's
//   `bank_holiday_treatment` is `non_workable` ("whether a bank holiday should be considered as a
//   workable or non-workable day");
// - and the day has no shift yet (a day already recorded is left as it is: nothing twice).
// The shift covers the day's share of `working_hours` (per `working_hours_frequency`: a week is
// shared over the working days), from 09:00: the start time is the sandbox's choice, the facts have none.
//
// toggle_clock: "Clock in/out a shift" at clock_time; with time_settings_break_configuration_id
// ("when toggling the shift into a break and out of a break") it starts or ends a break instead.
// project_id must name a project the employee is assigned to, "otherwise a 404 error is returned".
const catalog = require('../catalog');
const { invalid, notFound } = require('../errors');
const { isDate } = require('../validate');
const { currentVersion } = require('./contract-versions');

const DAY = 86400000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const addDays = (date, n) => new Date(Date.parse(date) + n * DAY).toISOString().slice(0, 10);
const MAX_DAYS = 366;

// Body fields of a catalog action, in the shape validate.js reads (array<string> for lists of ids).
function fieldsOf(action) {
	const op = catalog.find('POST', 'attendance/shifts', action);
	return Object.fromEntries(
		op.body.fields.map((f) => [f.name, { type: f.type === 'array' ? `array<${(f.items && f.items.type) || 'string'}>` : f.type, required: f.required === true, ...(f.enum ? { enum: f.enum } : {}) }]),
	);
}

const pad = (n) => String(n).padStart(2, '0');
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** Minutes the contract asks for on one working day, or 0 when it does not say. */
function dailyMinutes(version, workingDays) {
	const hours = Number(version.working_hours);
	if (!Number.isFinite(hours) || hours <= 0) return 0;
	if (version.working_hours_frequency === 'day') return Math.round(hours * 60);
	if (version.working_hours_frequency === 'week' && workingDays > 0) return Math.round((hours * 60) / workingDays);
	return 0;
}

/** Why the day is not filled, or null when it is. */
function skipReason(ctx, employee, day) {
	const version = currentVersion(ctx.store, employee.id, day);
	if (!version) return 'no contract';
	const workingDays = String(version.working_week_days || '').split(',').map((d) => d.trim()).filter(Boolean);
	if (!workingDays.includes(WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()])) return 'not a working day';
	const onLeave = ctx.store.get('leaves').all().some((l) => l.employee_id === employee.id && l.approved === true && l.deleted_at == null && l.start_on <= day && (l.finish_on ?? l.start_on) >= day);
	if (onLeave) return 'time off';
	if (version.bank_holiday_treatment === 'non_workable' && ctx.store.get('company_holidays').all().some((h) => h.date === day && h.location_id === employee.location_id)) return 'holiday';
	if (ctx.collection.all().some((s) => s.employee_id === employee.id && (s.reference_date ?? s.date) === day)) return 'already recorded';
	if (dailyMinutes(version, workingDays.length) === 0) return 'no working hours';
	return null;
}

function autofill(ctx, values) {
	for (const field of ['start_on', 'end_on']) if (!isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
	if (values.end_on < values.start_on) throw invalid('end_on', 'end_on must not be before start_on');
	if ((Date.parse(values.end_on) - Date.parse(values.start_on)) / DAY >= MAX_DAYS) throw invalid('end_on', `at most ${MAX_DAYS} days at once`);
	const employees = ctx.store.get('employees');
	const people = values.employee_ids.map((id) => {
		const employee = employees.get(id);
		if (!employee) throw invalid('employee_ids', `employee ${id} not found`);
		return employee;
	});
	const made = [];
	for (const employee of people) {
		for (let day = values.start_on; day <= values.end_on; day = addDays(day, 1)) {
			if (skipReason(ctx, employee, day) !== null) continue;
			const version = currentVersion(ctx.store, employee.id, day);
			const minutes = dailyMinutes(version, String(version.working_week_days).split(',').filter(Boolean).length);
			const start = 9 * 60;
			made.push(
				ctx.create({
					company_id: ctx.fixtures.companyId,
					employee_id: employee.id,
					date: day,
					reference_date: day,
					clock_in: hhmm(start),
					clock_in_with_seconds: `${hhmm(start)}:00`,
					clock_out: hhmm(start + minutes),
					workable: true,
					in_source: values.source ?? null,
					out_source: values.source ?? null,
					workplace_id: employee.location_id ?? null,
				}),
			);
		}
	}
	return { status: 200, body: made };
}

// The employee's open shift (clocked in, not out), newest first.
function openShift(ctx, employeeId) {
	return [...ctx.collection.all()].reverse().find((r) => r.employee_id === employeeId && r.clock_in != null && r.clock_out == null) || null;
}

function toggleClock(ctx, values, clock) {
	const open = openShift(ctx, values.employee_id);
	const common = { employee_id: values.employee_id, now: values.clock_time, observations: values.observations, time_settings_break_configuration_id: values.time_settings_break_configuration_id };
	if (!open && values.project_id != null) {
		const assigned = ctx.store.get('project_workers').all().some((w) => w.project_id === values.project_id && w.employee_id === values.employee_id && w.assigned !== false);
		if (!assigned) throw notFound(`employee ${values.employee_id} is not assigned to project ${values.project_id}`);
	}
	const breakId = values.time_settings_break_configuration_id;
	if (open && open.workable === false) return clock.break_end.run(ctx, common);
	if (open && breakId != null) return clock.break_start.run(ctx, common);
	if (open) return clock.clock_out.run(ctx, common);
	return clock.clock_in.run(ctx, { ...common, location_type: values.location_type });
}

/** The two actions, given the clock actions of shifts.js that toggle_clock reuses. */
module.exports = (clock) => ({
	autofill: { fields: fieldsOf('autofill'), run: autofill },
	toggle_clock: { fields: fieldsOf('toggle_clock'), run: (ctx, values) => toggleClock(ctx, values, clock) },
});
module.exports.skipReason = skipReason;
