'use strict';
const { inSet, asList, dateFrom, dateTo } = require('../filters');

// 2026 public holidays of the three seeded offices (Barcelona, Madrid, London), one location each,
// all before 2026-10-01 like the rest of the seed. half_day uses the beginning_of_day / end_of_day
// values that the leave and shift objects document.
const SEED = [
	[0, '2026-01-01', "New Year's Day"],
	[0, '2026-04-06', 'Easter Monday'],
	[0, '2026-06-23', 'Sant Joan eve', 'end_of_day'],
	[0, '2026-06-24', 'Sant Joan'],
	[0, '2026-09-11', 'Diada Nacional de Catalunya'],
	[1, '2026-01-01', "New Year's Day"],
	[1, '2026-05-01', 'Labour Day'],
	[1, '2026-08-15', 'Assumption Day'],
	[2, '2026-01-01', "New Year's Day"],
	[2, '2026-04-03', 'Good Friday'],
	[2, '2026-05-25', 'Spring bank holiday'],
	[2, '2026-08-31', 'Summer bank holiday'],
];

// Holidays reach employees and teams through the employee's location_id.
function locationsOf(employeeIds, ctx) {
	const employees = ctx.store.get('employees');
	return new Set(employeeIds.map((id) => employees.get(id)).filter(Boolean).map((e) => e.location_id));
}

module.exports = {
	name: 'company_holidays',
	path: 'holidays/company_holidays',
	object: 'company_holiday',
	firstId: 81,
	ops: ['list', 'get'],
	filters: {
		'ids[]': inSet('id'),
		'location_ids[]': inSet('location_id'),
		'employee_ids[]': (value, ctx) => {
			const wanted = locationsOf(asList(value), ctx);
			return (r) => wanted.has(r.location_id);
		},
		'team_ids[]': (value, ctx) => {
			const teams = ctx.store.get('teams');
			const members = asList(value).flatMap((id) => (teams.get(id) ? teams.get(id).employee_ids : []));
			const wanted = locationsOf(members, ctx);
			return (r) => wanted.has(r.location_id);
		},
		start_at: dateFrom('date'),
		end_at: dateTo('date'),
	},
	seed(ctx) {
		const locations = ctx.store.get('locations').all();
		for (const [at, date, summary, halfDay] of SEED) {
			const location = locations[at % locations.length];
			ctx.insert({ location_id: location.id, summary, description: `${summary} (${location.city})`, date, half_day: halfDay || null });
		}
	},
};
