'use strict';
// Attendance shifts and the clock. The shift object has no break fields, but `workable` is "Whether
// the shift counts as worked (workable) time rather than a break", so a break is a shift row with
// workable false: break_start closes the open work shift and opens a break, break_end closes the
// break and opens a new work shift. clock_in / clock_out times are HH:MM and clock_in_with_seconds
// HH:MM:SS, as in the SDK's AttendanceShift example, read from `now` as written (its own offset).
const { inSet, whenTrue, dateFrom, dateTo, dateGteq } = require('../filters');
const { invalid } = require('../errors');
const { isDate } = require('../validate');

const TIME = /(\d{2}):(\d{2})/;

// Whole minutes from clock_in to clock_out; a clock_out earlier than clock_in crossed midnight.
function minutesBetween(clockIn, clockOut) {
	const a = TIME.exec(clockIn || '');
	const b = TIME.exec(clockOut || '');
	if (!a || !b) return 0;
	const diff = Number(b[1]) * 60 + Number(b[2]) - (Number(a[1]) * 60 + Number(a[2]));
	return diff < 0 ? diff + 1440 : diff;
}

function readNow(now) {
	const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(now);
	if (!m || Number.isNaN(Date.parse(now))) throw invalid('now', 'now must be an ISO 8601 date-time');
	return { date: m[1], time: `${m[2]}:${m[3]}`, seconds: `${m[2]}:${m[3]}:${m[4] || '00'}` };
}

// A user token acts for its own employee when the body names none; company credentials must name one.
function employeeFor(ctx, values) {
	const id = values.employee_id ?? (ctx.principal && ctx.principal.kind === 'user' ? ctx.principal.employeeId : null);
	if (!id) throw invalid('employee_id', 'employee_id is required when the credential is not a user token');
	return id;
}

// The employee's open shift: clocked in, not clocked out (the newest one if there were several).
function openShift(ctx, employeeId) {
	const rows = ctx.collection.all();
	for (let i = rows.length - 1; i >= 0; i--) {
		const r = rows[i];
		if (r.employee_id === employeeId && r.clock_in != null && r.clock_out == null) return r;
	}
	return null;
}

function open(ctx, employeeId, at, fields) {
	return ctx.create({ company_id: ctx.fixtures.companyId, employee_id: employeeId, date: at.date, reference_date: at.date, clock_in: at.time, clock_in_with_seconds: at.seconds, ...fields });
}

const clockActions = {
	clock_in: {
		run(ctx, values) {
			const employeeId = employeeFor(ctx, values);
			if (openShift(ctx, employeeId)) throw invalid(null, `employee ${employeeId} is already clocked in`);
			const shift = open(ctx, employeeId, readNow(values.now), {
				workable: true,
				observations: values.observations ?? null,
				location_type: values.location_type ?? null,
				workplace_id: values.workplace_id ?? null,
				time_settings_break_configuration_id: values.time_settings_break_configuration_id ?? null,
				in_location_latitude: values.latitude ?? null,
				in_location_longitude: values.longitude ?? null,
				in_location_accuracy: values.accuracy ?? null,
			});
			return { status: 201, body: shift };
		},
	},
	clock_out: {
		run(ctx, values) {
			const employeeId = employeeFor(ctx, values);
			const shift = openShift(ctx, employeeId);
			if (!shift) throw invalid(null, `employee ${employeeId} is not clocked in`);
			const changes = { clock_out: readNow(values.now).time, out_location_latitude: values.latitude ?? null, out_location_longitude: values.longitude ?? null, out_location_accuracy: values.accuracy ?? null };
			if (values.observations != null) changes.observations = values.observations;
			return { status: 200, body: ctx.change(shift, changes) };
		},
	},
	break_start: {
		run(ctx, values) {
			const employeeId = employeeFor(ctx, values);
			const shift = openShift(ctx, employeeId);
			if (!shift) throw invalid(null, `employee ${employeeId} is not clocked in`);
			if (shift.workable === false) throw invalid(null, `employee ${employeeId} is already on a break`);
			const at = readNow(values.now);
			ctx.change(shift, { clock_out: at.time });
			const pause = open(ctx, employeeId, at, {
				workable: false,
				observations: values.observations ?? null,
				time_settings_break_configuration_id: values.time_settings_break_configuration_id ?? shift.time_settings_break_configuration_id,
				location_type: shift.location_type,
				workplace_id: shift.workplace_id,
			});
			return { status: 201, body: pause };
		},
	},
	break_end: {
		run(ctx, values) {
			const employeeId = employeeFor(ctx, values);
			const pause = openShift(ctx, employeeId);
			if (!pause || pause.workable !== false) throw invalid(null, `employee ${employeeId} is not on a break`);
			const at = readNow(values.now);
			const changes = { clock_out: at.time };
			if (values.observations != null) changes.observations = values.observations;
			ctx.change(pause, changes);
			open(ctx, employeeId, at, { workable: true, location_type: pause.location_type, workplace_id: pause.workplace_id, time_settings_break_configuration_id: pause.time_settings_break_configuration_id });
			return { status: 200, body: pause };
		},
	},
};

module.exports = {
	name: 'shifts',
	path: 'attendance/shifts',
	object: 'attendance_shift',
	firstId: 300001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { employee_id: 'employees', workplace_id: 'locations' },
	defaults: (ctx, values) => ({
		company_id: ctx.fixtures.companyId,
		employee_id: employeeFor(ctx, values),
		reference_date: values.reference_date ?? values.date,
		workable: true,
	}),
	validate(ctx, values) {
		for (const field of ['date', 'reference_date']) {
			if (values[field] != null && !isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
		}
	},
	derive: (record) => ({ minutes: record.clock_out == null ? 0 : minutesBetween(record.clock_in, record.clock_out) }),
	filters: {
		'employee_ids[]': inSet('employee_id'),
		'ids[]': inSet('id'),
		start_on: dateFrom('date'),
		end_on: dateTo('date'),
		half_day: whenTrue(() => (r) => r.half_day != null),
		workable: whenTrue(() => (r) => r.workable === true),
		latest_shift: whenTrue((ctx) => {
			const latest = new Map();
			for (const r of ctx.collection.all()) latest.set(r.employee_id, r.id); // rows are in id order
			const ids = new Set(latest.values());
			return (r) => ids.has(r.id);
		}),
		updated_at: dateGteq('updated_at'),
	},
	// autofill and toggle_clock: shift-autofill.js.
	actions: { ...clockActions, ...require('./shift-autofill')(clockActions) },
	// Three closed days (work, one-hour break, work) for the first ten attendable employees.
	seed(ctx) {
		const people = ctx.store.get('employees').all().filter((e) => e.attendable && e.terminated_on == null).slice(0, 10);
		for (const date of ['2026-09-28', '2026-09-29', '2026-09-30']) {
			for (const employee of people) {
				for (const [clockIn, clockOut, workable] of [['09:00', '13:00', true], ['13:00', '14:00', false], ['14:00', '18:00', true]]) {
					ctx.insert({
						company_id: ctx.fixtures.companyId,
						employee_id: employee.id,
						date,
						reference_date: date,
						clock_in: clockIn,
						clock_in_with_seconds: `${clockIn}:00`,
						clock_out: clockOut,
						workable,
						location_type: 'office',
						workplace_id: employee.location_id,
						created_at: `${date}T${clockOut}:00.000Z`,
						updated_at: `${date}T${clockOut}:00.000Z`,
					});
				}
			}
		}
	},
};
