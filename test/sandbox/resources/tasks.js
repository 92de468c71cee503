'use strict';
// Tasks. Assignees are access ids (the task body: "assignee_id references to access_id"). The task
// object has no category and no affectee, so the `category` filter is not served (ignored, like any
// unknown param) and `involvee_id` matches assignees only.
const { inSet, equals, flag, dateParam, today } = require('../filters');
const { invalid, malformed, notFound } = require('../errors');
const { isDate } = require('../validate');

const STATUSES = ['discarded', 'done', 'in_progress', 'todo'];

const accessIds = (ctx) => new Set(ctx.store.get('employees').all().map((e) => e.access_id));
const isUser = (ctx) => Boolean(ctx.principal && ctx.principal.kind === 'user');

// "Only taken into account when authenticating with an API key, requests performed on behalf of a
// user always use that user as the author. When omitted, the task is authored by the first active
// employee of the company."
function authorFor(ctx, values) {
	if (isUser(ctx)) return ctx.principal.employeeId;
	if (values.author_employee_id != null) return values.author_employee_id;
	const first = ctx.store.get('employees').all().find((e) => e.active);
	return first ? first.id : null;
}

const hasAssignee = (value) => (r) => r.assignee_ids.includes(String(value));

module.exports = {
	name: 'tasks',
	path: 'tasks/tasks',
	object: 'task',
	firstId: 60001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { author_employee_id: 'employees' },
	defaults: (ctx) => ({ company_id: ctx.fixtures.companyId, assignee_ids: [] }),
	validate(ctx, values, record) {
		if (values.due_on != null && !isDate(values.due_on)) throw invalid('due_on', 'due_on must be a date (YYYY-MM-DD)');
		if (values.assignee_ids) {
			const known = accessIds(ctx);
			const unknown = values.assignee_ids.filter((id) => !known.has(id));
			if (unknown.length) throw invalid('assignee_ids', `assignee_ids ${unknown.join(', ')} are not access ids of this company`);
		}
		// The author is settled here, before the body's fields are stored over the defaults.
		if (!record) values.author_employee_id = authorFor(ctx, values);
	},
	// Completion follows the status: set when a task becomes done, cleared when it is reopened.
	derive(record, ctx) {
		if (record.status !== 'done') return { completed_at: null, completed_by_id: null };
		if (record.completed_at != null) return {};
		return { completed_at: ctx.now(), completed_by_id: isUser(ctx) ? ctx.principal.employeeId : null };
	},
	filters: {
		'ids[]': inSet('id'),
		company_id: equals('company_id'),
		assignee_id: hasAssignee,
		involvee_id: hasAssignee,
		due_on: (value) => {
			const day = dateParam(value);
			return (r) => r.due_on === day;
		},
		// true: past their due date; false: due today or later. Tasks without a due date are neither.
		already_due: (value) => {
			const overdue = flag(value);
			const day = today();
			return (r) => r.due_on != null && (r.due_on < day) === overdue;
		},
		task_status: (value) => {
			if (!STATUSES.includes(String(value))) throw malformed(`task_status must be one of: ${STATUSES.join(', ')}`);
			return (r) => r.status === value;
		},
	},
	actions: {
		// "This endpoint duplicates a task": everything but the id, timestamps and completion, which
		// the copy gets anew; `name` renames the copy.
		copy: {
			creates: true,
			handler(ctx, values) {
				const source = ctx.collection.get(values.id);
				if (!source) throw notFound(`task ${values.id} not found`);
				return {
					company_id: source.company_id,
					name: values.name ?? source.name,
					content: source.content,
					due_on: source.due_on,
					assignee_ids: [...source.assignee_ids],
					author_employee_id: isUser(ctx) ? ctx.principal.employeeId : source.author_employee_id,
					status: source.status,
				};
			},
		},
	},
	// Six tasks for the first employees: two overdue in September 2026, the rest due in 2099 or undated.
	seed(ctx) {
		const people = ctx.store.get('employees').all().filter((e) => e.active).slice(0, 4);
		const access = people.map((e) => e.access_id);
		const rows = [
			['Sign the employment contract', 'todo', '2026-09-15', [access[1]]],
			['Upload your ID document', 'in_progress', '2026-09-20', [access[2]]],
			['Complete the onboarding survey', 'done', '2099-12-31', [access[1], access[2]]],
			['Book the team offsite', 'todo', '2099-06-30', [access[3]]],
			['Review the travel policy', 'discarded', null, [access[3]]],
			['Set up your laptop', 'todo', null, []],
		];
		rows.forEach(([name, status, dueOn, assignees], i) => {
			const at = `2026-09-${String(1 + i).padStart(2, '0')}T09:00:00.000Z`;
			ctx.insert({
				company_id: ctx.fixtures.companyId,
				name,
				status,
				content: `${name}.`,
				due_on: dueOn,
				assignee_ids: assignees,
				author_employee_id: people[0].id,
				completed_at: status === 'done' ? `2026-09-${String(10 + i).padStart(2, '0')}T12:00:00.000Z` : null,
				completed_by_id: status === 'done' ? people[1].id : null,
				created_at: at,
				updated_at: at,
			});
		});
	},
};
