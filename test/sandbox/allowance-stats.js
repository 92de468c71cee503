'use strict';
// Allowance stats (GET timeoff/allowance_stats): each employee's balance per allowance on a day,
// computed from the sandbox's allowances and leaves, so that a workflow checking a balance before
// approving a leave sees a real one. The generic layer would answer sample rows; this answers first.
// Rules (the fields are TimeoffAllowanceStatsNew of facts/object-types-2026-10-01.json):
// - Every employee has the allowances of policy 71, the seeded main policy (allowances.js); one row
//   per employee and allowance, id "employee_id/allowance_id/reference_date" (Factorial's virtual id).
// - The cycle is the calendar year of reference_date (today when not sent): every seeded allowance
//   starts its cycle in January. policy_allowance = total = holiday_allowance_in_cents / 100.
// - Approved leaves (not deleted) of the allowance's leave types starting in the cycle use it: those
//   starting before reference_date count as used_units_until_reference_date (and used_days), the later
//   ones as outstanding_units. Pending and rejected leaves use nothing.
// - available_days = total - used - outstanding. Numbers are strings, as the catalog types them.
// - employee_ids[] takes at most 25 ids ("at most 25 per request"): more is a 400 on employee_ids[].
// - Only reads: GET timeoff/allowance_stats/{id} is left to the generic layer, as the catalog says the
//   virtual id cannot be used to fetch one.
const { paginate } = require('./pagination');
const { malformed } = require('./errors');
const { isDate } = require('./validate');
const catalog = require('./catalog');
const { checkQuery } = require('./generic');

const MAIN_POLICY = '71';
const asList = (value) => (value === undefined ? [] : [].concat(value).map(String));
const units = (n) => String(Math.round(n * 100) / 100);

function createAllowanceStats({ store }) {
	function rows(query) {
		const day = query.reference_date ?? new Date().toISOString().slice(0, 10);
		if (!isDate(day)) throw malformed('reference_date must be a date (YYYY-MM-DD)', 'reference_date');
		const employeeIds = asList(query['employee_ids[]']);
		if (employeeIds.length > 25) throw malformed('employee_ids[] takes at most 25 employees per request', 'employee_ids[]');
		const allowanceIds = asList(query['allowance_ids[]']);
		const year = Number(day.slice(0, 4));
		const employees = store.get('employees').all().filter((e) => employeeIds.length === 0 || employeeIds.includes(e.id));
		const allowances = store.get('allowances').all().filter((a) => a.timeoff_policy_id === MAIN_POLICY && (allowanceIds.length === 0 || allowanceIds.includes(a.id)));
		const approved = store.get('leaves').all().filter((l) => l.approved === true && l.deleted_at == null && l.start_on.slice(0, 4) === String(year));
		const out = [];
		for (const employee of employees) {
			for (const allowance of allowances) {
				const taken = approved.filter((l) => l.employee_id === employee.id && allowance.leave_type_ids.includes(l.leave_type_id));
				const used = taken.filter((l) => l.start_on < day).reduce((sum, l) => sum + l.days_taken, 0);
				const outstanding = taken.filter((l) => l.start_on >= day).reduce((sum, l) => sum + l.days_taken, 0);
				const total = allowance.holiday_allowance_in_cents / 100;
				out.push({
					id: `${employee.id}/${allowance.id}/${day}`,
					allowance_id: allowance.id,
					employee_id: employee.id,
					year,
					cycles: [{ id: `${allowance.id}/${year}`, start_at: `${year}-01-01`, end_at: `${year}-12-31`, regular_start_at: `${year}-01-01`, regular_end_at: `${year}-12-31`, allowance_id: allowance.id }],
					cycle_carry_overs: [],
					accumulated_carry_over: '0',
					available_days: units(total - used - outstanding),
					total_accrued_units: units(total),
					total: units(total),
					incidences: '0',
					accrued_incidences: '0',
					available_incidences: '0',
					max_balance_cap: null,
					policy_allowance: units(total),
					prorated_allowance_days: units(total),
					total_in_decimal: units(total),
					used_carry_over: '0',
					used_days: units(used),
					used_units_until_reference_date: units(used),
					outstanding_units: units(outstanding),
				});
			}
		}
		return out;
	}

	return {
		/** The list of allowance stats, or null for any other request (answered elsewhere). */
		handle({ method, segments, query }) {
			if (method !== 'GET' || segments.length !== 2 || segments[0] !== 'timeoff' || segments[1] !== 'allowance_stats') return null;
			// Required, typed and unknown query parameters are checked as the generic layer checks them.
			const unknownQuery = checkQuery(catalog.find('GET', 'timeoff/allowance_stats', ''), query || {});
			return { status: 200, body: paginate(rows(query || {}), query || {}), ...(unknownQuery.length ? { unknownQuery } : {}) };
		},
	};
}

module.exports = { createAllowanceStats };
