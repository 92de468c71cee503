'use strict';
// Project workers: an employee's assignment to a project. Bodies, object and list filters come from
// facts/supplement-projects-2026-07-01.json. Assigning an employee who already has a row for the
// project (assigned or not) assigns that row again and answers 200, as memberships do. Subprojects
// are not modelled: no worker belongs to one. The object has no updated_at, so `updated_after` is
// not served (ignored).
const { inSet, boolEquals, flag, whenTrue, fold } = require('../filters');

const calculationFlag = (value) => (flag(value), null);

module.exports = {
	name: 'project_workers',
	path: 'project_management/project_workers',
	object: 'project_worker',
	firstId: 71001,
	ops: ['list', 'get', 'create'],
	refs: { project_id: 'projects', employee_id: 'employees' },
	defaults: () => ({ assigned: true, inputed_minutes: 0, labor_cost_cents: 0, company_labor_cost_cents: 0, spending_cost_cents: 0 }),
	findExisting(ctx, values) {
		const row = ctx.collection.all().find((w) => w.project_id === values.project_id && w.employee_id === values.employee_id);
		if (row && !row.assigned) ctx.collection.update(row.id, { assigned: true });
		return row || null;
	},
	filters: {
		'ids[]': inSet('id'),
		'project_ids[]': inSet('project_id'),
		'employee_ids[]': inSet('employee_id'),
		'subproject_ids[]': () => () => false,
		no_subproject: whenTrue(() => null),
		assigned: boolEquals('assigned'),
		project_active: (value, ctx) => {
			const active = flag(value);
			const projects = ctx.store.get('projects');
			return (r) => ((projects.get(r.project_id) || {}).status === 'active') === active;
		},
		employee_name: (value, ctx) => {
			const wanted = fold(value);
			const employees = ctx.store.get('employees');
			return (r) => fold((employees.get(r.employee_id) || {}).full_name).includes(wanted);
		},
		include_inputed_minutes: calculationFlag,
		include_cost: calculationFlag,
	},
	// The first ten active employees (the ones with seeded shifts) work on the first three projects;
	// one worker of the closed project and one unassigned worker show the other states.
	seed(ctx) {
		const projects = ctx.store.get('projects').all();
		const people = ctx.store.get('employees').all().filter((e) => e.attendable && e.terminated_on == null).slice(0, 10);
		const add = (project, employee, assigned = true) =>
			ctx.insert({ project_id: project.id, employee_id: employee.id, assigned, inputed_minutes: 0, labor_cost_cents: 0, company_labor_cost_cents: 0, spending_cost_cents: 0 });
		people.forEach((employee, i) => add(projects[i % 3], employee));
		add(projects[3], people[0]);
		add(projects[1], people[1], false);
	},
};
