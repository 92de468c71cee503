'use strict';
const { inSet, flag, whenTrue, dateParam, today } = require('../filters');
const { invalid } = require('../errors');
const { isDate } = require('../validate');
const bulkActions = require('./leave-bulk-actions');

const DAY = 86400000;
const addDays = (date, n) => new Date(Date.parse(date) + n * DAY).toISOString().slice(0, 10);

// "otherwise the leave's calendar-day duration"; an open-ended leave counts its first day only.
function daysTaken(record) {
	if (!isDate(record.start_on)) return 0;
	const finish = isDate(record.finish_on) ? record.finish_on : record.start_on;
	const days = Math.round((Date.parse(finish) - Date.parse(record.start_on)) / DAY) + 1;
	return record.half_day ? days - 0.5 : days;
}

const typeFlag = (field) =>
	whenTrue((ctx) => {
		const types = ctx.store.get('leave_types');
		return (r) => Boolean(types.get(r.leave_type_id) && types.get(r.leave_type_id)[field]);
	});

module.exports = {
	name: 'leaves',
	path: 'timeoff/leaves',
	object: 'leave',
	firstId: 200001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { employee_id: 'employees', leave_type_id: 'leave_types' },
	// The object has deleted_at and the list has include_deleted_leaves, so DELETE keeps the row.
	softDelete: { field: 'deleted_at', shownBy: 'include_deleted_leaves' },
	// approved is tri-state (null = pending); a type without approval_required is "auto-approved on creation".
	defaults(ctx, values) {
		const type = values.leave_type_id ? ctx.store.get('leave_types').get(values.leave_type_id) : null;
		return { company_id: ctx.fixtures.companyId, approved: type && type.approval_required === false ? true : null };
	},
	validate(ctx, values, record) {
		for (const field of ['start_on', 'finish_on']) {
			if (values[field] != null && !isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
		}
		const start = values.start_on ?? (record && record.start_on);
		const finish = values.finish_on !== undefined ? values.finish_on : record && record.finish_on;
		if (finish != null && finish < start) throw invalid('finish_on', 'finish_on must not be before start_on');
		const type = values.leave_type_id ? ctx.store.get('leave_types').get(values.leave_type_id) : null;
		if (type && type.active === false) throw invalid('leave_type_id', `leave type ${type.id} is not active`);
	},
	derive(record, ctx) {
		const employee = ctx.store.get('employees').get(record.employee_id);
		const type = record.leave_type_id ? ctx.store.get('leave_types').get(record.leave_type_id) : null;
		return { employee_full_name: employee ? employee.full_name : null, leave_type_name: type ? type.name : null, days_taken: daysTaken(record) };
	},
	filters: {
		'ids[]': inSet('id'),
		'employee_ids[]': inSet('employee_id'),
		'leave_type_id[]': inSet('leave_type_id'),
		// from / to select leaves overlapping the range; an open-ended leave runs forever.
		from: (value) => {
			const from = dateParam(value);
			return (r) => (r.finish_on ?? '9999-12-31') >= from;
		},
		to: (value) => {
			const to = dateParam(value);
			return (r) => r.start_on <= to;
		},
		// "active": in progress today.
		only_active: whenTrue(() => {
			const day = today();
			return (r) => r.start_on <= day && (r.finish_on == null || r.finish_on >= day);
		}),
		// approved=true → approved, approved=false → rejected; include_pending=true adds the pending ones.
		approved: (value, ctx) => {
			const wanted = flag(value);
			const pending = ctx.query.include_pending !== undefined && flag(ctx.query.include_pending, 'include_pending');
			return (r) => r.approved === wanted || (pending && r.approved == null);
		},
		// Read by `approved`; on its own every leave, pending ones included, is listed already.
		include_pending: (value) => (flag(value), null),
		type_is_workable: typeFlag('workable'),
		type_is_payable: typeFlag('payable'),
	},
	actions: {
		approve: { handler: () => ({ approved: true }) },
		// The leave's `reason` is the employee's reason for the leave, so the rejection reason is not stored.
		reject: { handler: () => ({ approved: false }) },
		...bulkActions,
	},
	// Leaves for the first 60 seeded employees still employed, all in 2026 before 2026-10-01.
	seed(ctx) {
		const types = Object.fromEntries(ctx.store.get('leave_types').all().map((t) => [t.identifier, t.id]));
		const people = ctx.store.get('employees').all().slice(0, 60).filter((e) => e.terminated_on == null);
		const add = (employee, type, start, days, approved, extra = {}) => {
			const createdAt = `${addDays(start, -14)}T09:00:00.000Z`;
			ctx.insert({
				company_id: ctx.fixtures.companyId,
				employee_id: employee.id,
				leave_type_id: types[type],
				start_on: start,
				finish_on: addDays(start, days - 1),
				approved,
				created_at: createdAt,
				updated_at: approved === null ? createdAt : `${addDays(start, -13)}T10:00:00.000Z`,
				...extra,
			});
		};
		for (const employee of people) {
			const n = Number(employee.id);
			if (n % 3 === 0) add(employee, 'vacation', `2026-08-${String(3 + (n % 10)).padStart(2, '0')}`, 5, true, { description: 'Summer holidays' });
			if (n % 3 === 1) add(employee, 'vacation', `2026-09-${String(14 + (n % 10)).padStart(2, '0')}`, 3, null, { description: 'Long weekend' });
			if (n % 3 === 2) add(employee, 'sick_leave', `2026-03-${String(2 + (n % 20)).padStart(2, '0')}`, 2, true, { description: 'Flu', reason: 'Sick' });
			if (n % 10 === 4) add(employee, 'personal_days', `2026-05-${String(4 + (n % 20)).padStart(2, '0')}`, 1, false, { description: 'Moving house' });
			if (n % 15 === 7) add(employee, 'personal_days', '2026-06-12', 1, null, { deleted_at: '2026-06-01T08:00:00.000Z' });
		}
	},
};
