'use strict';
// Attendance and scheduling rules, each from the catalog's own words (facts/operations-2026-10-01.json).
const { invalid } = require('../errors');
const { isDate } = require('../validate');

const DAY = 86400000;
const addDays = (date, n) => new Date(Date.parse(date) + n * DAY).toISOString().slice(0, 10);
const dayOf = (value) => String(value).slice(0, 10);
const list = (value) => (Array.isArray(value) ? value : [value]).map(String);

function range(values) {
	for (const field of ['start_on', 'end_on']) if (!isDate(values[field])) throw invalid(field, `${field} must be a date (YYYY-MM-DD)`);
	if (values.end_on < values.start_on) throw invalid('end_on', 'end_on must not be before start_on');
	const days = [];
	for (let d = values.start_on; d <= values.end_on && days.length <= 366; d = addDays(d, 1)) days.push(d);
	return days;
}

// Planned shifts: start_at keeps "shifts that end on or after this date", end_at "shifts that start
// before this date", both by calendar day ("the time part is ignored").
const endsOnOrAfter = (value) => (r) => dayOf(r.end_at) >= dayOf(value);
const startsByEndOf = (value) => (r) => dayOf(r.start_at) <= dayOf(value);

module.exports = {
	'shift_management/shifts': {
		list: {
			start_at: endsOnOrAfter,
			end_at: startsByEndOf,
			// "When false, returns shifts in all states."
			only_published: (value) => (r) => !/^(true|1)$/i.test(value) || r.state === 'published',
			'only_states[]': (value) => (r) => list(value).includes(r.state),
			'without_ids[]': (value) => (r) => !list(value).includes(String(r.id)),
		},
		actions: {
			// ids "deletes only shifts matching the provided IDs. If not provided, uses other filters";
			// backup shifts are "by default being kept". Answers the shifts deleted.
			bulk_delete(api, values) {
				const keep = [];
				if (Array.isArray(values.ids)) keep.push((r) => values.ids.map(String).includes(String(r.id)));
				else {
					if (Array.isArray(values.employee_ids)) keep.push((r) => values.employee_ids.map(String).includes(String(r.employee_id)));
					if (values.start_at != null) keep.push(endsOnOrAfter(values.start_at));
					if (values.end_at != null) keep.push(startsByEndOf(values.end_at));
				}
				if (values.destroy_backup_shifts !== true) keep.push((r) => r.state !== 'backup');
				const doomed = api.collection.all().filter((r) => keep.every((p) => p(r)));
				return doomed.map((r) => api.remove(r.id));
			},
		},
	},
	'attendance/reviews': {
		list: {
			start_on: (value) => (r) => r.date >= value,
			end_on: (value) => (r) => r.date <= value,
			// Required, but what it selects is not in the facts: not applied.
			reviewed_at: () => () => true,
		},
		actions: {
			// One review per employee and day of the range ("Bulk creates a Review"); a day reviewed
			// again keeps one review, with the new reviewer and time.
			bulk_create(api, values) {
				const days = range(values);
				return values.employee_ids.flatMap((employee) =>
					days.map((date) => {
						const found = api.collection.all().find((r) => String(r.employee_id) === String(employee) && r.date === date);
						const fields = { employee_id: String(employee), date, reviewed_at: api.now(), author_id: values.reviewed_by };
						return found ? api.update(found.id, fields) : api.insert(fields);
					}),
				);
			},
			bulk_destroy(api, values) {
				const days = new Set(range(values));
				const employees = values.employee_ids.map(String);
				const doomed = api.collection.all().filter((r) => employees.includes(String(r.employee_id)) && days.has(r.date));
				return doomed.map((r) => api.remove(r.id));
			},
		},
	},
	'time_planning/planning_versions': {
		actions: {
			// The same version for each of employee_ids, one record each.
			bulk_create(api, values) {
				const { employee_ids: employees, ...common } = values;
				return employees.map((employee) => api.insert({ ...common, employee_id: String(employee) }));
			},
		},
	},
	'work_schedule/schedules': {
		actions: {
			// "Toggle archives": archived_at is set ("When the schedule was archived; null when the schedule is active") or cleared.
			toggle_archive(api, values) {
				const record = api.find(values.id);
				return api.update(record.id, { archived_at: record.archived_at == null ? api.now() : null });
			},
		},
	},
};
