'use strict';
// Time records: time an employee (through their project worker) spent on a project. The record takes
// its employee and project from the project worker, and its date, times and minutes from the
// attendance shift when one is given; without a shift, `date` and `imputed_minutes` ("used when no
// attendance shift is provided") are required. Only an assigned worker of a project that is not
// closed can record time. Every write refreshes the tracked minutes of the worker and the project.
// The object has no created_at or updated_at: `month` and `year` select on `date`, and
// `updated_after` is not served (ignored).
const { inSet } = require('../filters');
const { invalid, malformed } = require('../errors');
const { isDate } = require('../validate');

function totals(ctx, record) {
	const rows = ctx.collection.all();
	const sum = (keep) => rows.filter(keep).reduce((n, r) => n + (r.imputed_minutes || 0), 0);
	ctx.store.get('project_workers').update(record.project_worker_id, { inputed_minutes: sum((r) => r.project_worker_id === record.project_worker_id) });
	ctx.store.get('projects').update(record.project_id, { inputed_minutes: sum((r) => r.project_id === record.project_id) });
}

function integerParam(value, name, min, max) {
	const n = Number(value);
	if (!Number.isInteger(n) || n < min || n > max) throw malformed(`${name} must be a whole number from ${min} to ${max}`, name);
	return n;
}

const monthOf = (r) => (r.date ? Number(r.date.slice(5, 7)) : null);
const yearOf = (r) => (r.date ? Number(r.date.slice(0, 4)) : null);

module.exports = {
	name: 'time_records',
	path: 'project_management/time_records',
	object: 'time_record',
	firstId: 73001,
	ops: ['list', 'get', 'create', 'delete'],
	refs: { project_worker_id: 'project_workers', attendance_shift_id: 'shifts' },
	validate(ctx, values) {
		const worker = ctx.store.get('project_workers').get(values.project_worker_id);
		if (!worker.assigned) throw invalid('project_worker_id', `project worker ${worker.id} is not assigned to the project`);
		const project = ctx.store.get('projects').get(worker.project_id);
		if (project.status === 'closed') throw invalid('project_worker_id', `project ${project.id} is closed`);
		if (values.attendance_shift_id != null) {
			const shift = ctx.store.get('shifts').get(values.attendance_shift_id);
			if (shift.employee_id !== worker.employee_id) {
				throw invalid('attendance_shift_id', `shift ${shift.id} belongs to another employee than project worker ${worker.id}`);
			}
		} else {
			for (const field of ['date', 'imputed_minutes']) {
				if (values[field] == null) throw invalid(field, `${field} is required when no attendance_shift_id is given`);
			}
		}
		if (values.date != null && !isDate(values.date)) throw invalid('date', 'date must be a date (YYYY-MM-DD)');
		if (values.imputed_minutes != null && values.imputed_minutes <= 0) throw invalid('imputed_minutes', 'imputed_minutes must be greater than 0');
	},
	defaults(ctx, values) {
		const worker = ctx.store.get('project_workers').get(values.project_worker_id);
		const shift = values.attendance_shift_id != null ? ctx.store.get('shifts').get(values.attendance_shift_id) : null;
		return {
			employee_id: worker.employee_id,
			project_id: worker.project_id,
			...(shift ? { date: shift.reference_date || shift.date, clock_in: shift.clock_in, clock_out: shift.clock_out, imputed_minutes: shift.minutes } : {}),
		};
	},
	afterWrite: totals,
	afterDelete: totals,
	filters: {
		'ids[]': inSet('id'),
		'project_worker_ids[]': inSet('project_worker_id'),
		'subproject_ids[]': inSet('subproject_id'),
		'project_task_ids[]': inSet('project_task_id'),
		'attendance_shift_ids[]': inSet('attendance_shift_id'),
		'employee_ids[]': inSet('employee_id'),
		month: (value) => {
			const month = integerParam(value, 'month', 1, 12);
			return (r) => monthOf(r) === month;
		},
		year: (value) => {
			const year = integerParam(value, 'year', 1900, 9999);
			return (r) => yearOf(r) === year;
		},
	},
	// Each seeded work shift (not the breaks) of the first ten attendable employees is booked to the
	// project they work on.
	seed(ctx) {
		const workers = ctx.store.get('project_workers').all();
		const projects = ctx.store.get('projects');
		for (const shift of ctx.store.get('shifts').all()) {
			if (!shift.workable) continue;
			const worker = workers.find((w) => w.employee_id === shift.employee_id && w.assigned && projects.get(w.project_id).status !== 'closed');
			if (!worker) continue;
			const record = ctx.insert({
				project_worker_id: worker.id,
				employee_id: worker.employee_id,
				project_id: worker.project_id,
				attendance_shift_id: shift.id,
				date: shift.reference_date,
				clock_in: shift.clock_in,
				clock_out: shift.clock_out,
				imputed_minutes: shift.minutes,
			});
			totals(ctx, record);
		}
	},
};
