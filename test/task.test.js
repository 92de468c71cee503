'use strict';
// Tasks: create, update (status and completion), copy, get, delete, list filters and bad inputs.
const { runFactorial, sandboxState, lastSeq, rl, useSandbox, apiRequests: apiRequestsSince, runOneRequest, runFailing } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const task = (operation, parameters = {}) => ({ resource: 'task', operation, ...parameters });
const storedTask = async (id) => (await sandboxState(sb, 'tasks')).find((t) => t.id === id);
const activeEmployees = async () => (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null);

const runOne = (parameters, authentication) => runOneRequest(sb, { parameters, authentication });

// Bad input in the second item fails the run before any item is sent.
async function refused(parameters, items) {
	const { error, requests } = await runFailing(sb, { parameters, items });
	expect(requests).toHaveLength(0);
	return error;
}

describe('Task', () => {
	test('Create sends name, status, due date, assignee access IDs and the picked author', async () => {
		const people = (await activeEmployees()).slice(20, 23);
		const { items, request } = await runOne(
			task('create', {
				name: 'Sign the new contract',
				status: 'in_progress',
				additionalFields: {
					content: 'Sign and upload it',
					dueOn: '2026-12-15T00:00:00',
					assigneeIds: `${people[0].access_id}, ${people[1].access_id}`,
					authorEmployeeId: rl(people[2].id, 'list'),
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/tasks/tasks`]);
		expect(request.body).toEqual({
			name: 'Sign the new contract',
			status: 'in_progress',
			content: 'Sign and upload it',
			due_on: '2026-12-15',
			assignee_ids: [people[0].access_id, people[1].access_id],
			author_employee_id: people[2].id,
		});
		expect(await storedTask(items[0].json.id)).toMatchObject({
			name: 'Sign the new contract',
			status: 'in_progress',
			due_on: '2026-12-15',
			assignee_ids: [people[0].access_id, people[1].access_id],
			author_employee_id: people[2].id,
			company_id: sb.fixtures.companyId,
			completed_at: null,
		});
	});

	test('with a user token the connected user is the author, whatever Author says', async () => {
		const [other] = (await activeEmployees()).slice(30, 31);
		const { items } = await runOne(task('create', { name: 'Plan the week', status: 'todo', additionalFields: { authorEmployeeId: rl(other.id) } }), 'oAuth2');
		expect((await storedTask(items[0].json.id)).author_employee_id).toBe(sb.fixtures.employeeId);
	});

	test('Update to Done completes the task; reopening it clears the completion', async () => {
		const { items } = await runOne(task('create', { name: 'Order the badges', status: 'todo' }));
		const id = items[0].json.id;
		const done = await runOne(task('update', { taskId: id, updateFields: { status: 'done', dueOn: '2026-12-01' } }));
		expect([done.request.method, done.request.path]).toEqual(['PUT', `${V}/tasks/tasks/${id}`]);
		expect(done.request.body).toEqual({ id, status: 'done', due_on: '2026-12-01' });
		const completed = await storedTask(id);
		expect(completed).toMatchObject({ status: 'done', due_on: '2026-12-01' });
		expect(completed.completed_at).toEqual(expect.any(String));

		const reopened = await runOne(task('update', { taskId: id, updateFields: { status: 'todo', name: 'Order the new badges' } }));
		expect(reopened.request.body).toEqual({ id, status: 'todo', name: 'Order the new badges' });
		expect(await storedTask(id)).toMatchObject({ status: 'todo', name: 'Order the new badges', completed_at: null, completed_by_id: null });
	});

	test('Copy duplicates a task under a new name; the original stays', async () => {
		const [source] = await sandboxState(sb, 'tasks');
		const copied = await runOne(task('copy', { taskId: source.id, additionalFields: { name: 'Sign the contract (again)' } }));
		expect([copied.request.method, copied.request.path]).toEqual(['POST', `${V}/tasks/tasks/copy`]);
		expect(copied.request.body).toEqual({ id: source.id, name: 'Sign the contract (again)' });
		const copy = await storedTask(copied.items[0].json.id);
		expect(copy.id).not.toBe(source.id);
		expect(copy).toMatchObject({ name: 'Sign the contract (again)', content: source.content, due_on: source.due_on, assignee_ids: source.assignee_ids, status: source.status });
		expect(await storedTask(source.id)).toMatchObject({ name: source.name });
	});

	test('Get reads one task; Delete removes it', async () => {
		const { items } = await runOne(task('create', { name: 'Throw away', status: 'todo' }));
		const id = items[0].json.id;
		const got = await runOne(task('get', { taskId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/tasks/tasks/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, name: 'Throw away' });

		const deleted = await runOne(task('delete', { taskId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/tasks/tasks/${id}`]);
		expect(await storedTask(id)).toBeUndefined();
		const after = await runFactorial(sb, { parameters: task('get', { taskId: id }), continueOnFail: true });
		expect(after.items[0].json.httpCode).toBe('404');
	});

	test('Get Many sends the catalog filters and returns the matching tasks', async () => {
		const all = await sandboxState(sb, 'tasks');
		const assignee = all.find((t) => t.status === 'todo' && t.assignee_ids.length > 0).assignee_ids[0];
		const byAssignee = await runOne(task('getAll', { returnAll: true, filters: { taskStatus: 'todo', assigneeId: assignee } }));
		expect([byAssignee.request.method, byAssignee.request.path]).toEqual(['GET', `${V}/tasks/tasks`]);
		expect(byAssignee.request.query).toEqual({ limit: '100', task_status: 'todo', assignee_id: assignee });
		const expected = all.filter((t) => t.status === 'todo' && t.assignee_ids.includes(assignee)).map((t) => t.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(byAssignee.items.map((i) => i.json.id)).toEqual(expected);

		const today = new Date().toISOString().slice(0, 10);
		const overdue = await runOne(task('getAll', { returnAll: true, filters: { alreadyDue: true, category: 'documents' } }));
		expect(overdue.request.query).toEqual({ limit: '100', already_due: 'true', category: 'documents' });
		const late = all.filter((t) => t.due_on != null && t.due_on < today).map((t) => t.id);
		expect(late.length).toBeGreaterThan(0);
		expect(overdue.items.map((i) => i.json.id)).toEqual(late);
	});

	test('Get Many with a Limit stops after that many tasks', async () => {
		const before = await lastSeq(sb);
		const { items } = await runFactorial(sb, { parameters: task('getAll', { returnAll: false, limit: 2 }) });
		expect(items).toHaveLength(2);
		const requests = await apiRequests(before);
		expect(requests.map((r) => r.query.limit)).toEqual(['2']);
	});
});

describe('Task bad inputs', () => {
	test('an empty Name is refused before anything is sent', async () => {
		const error = await refused(task('create', { name: '={{ $json.name }}', status: 'todo' }), [{ json: { name: 'Fine' } }, { json: { name: '  ' } }]);
		expect(error.message).toBe('"Name" in item 1 is required but empty');
	});

	test('a malformed Due Date is refused before anything is sent', async () => {
		const error = await refused(task('create', { name: 'Soon', status: 'todo', additionalFields: { dueOn: 'next Friday' } }));
		expect(error.message).toMatch(/^"Due Date" in item 0 is not a valid date/);
	});

	test('a Task ID with a slash is refused before anything is sent', async () => {
		const error = await refused(task('copy', { taskId: '60001/../1' }));
		expect(error.message).toMatch(/"Task ID" in item 0 is not a valid ID/);
	});

	test('an employee ID given as an assignee is rejected by Factorial with the field named', async () => {
		const [employee] = await activeEmployees();
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, { parameters: task('create', { name: 'Wrong kind of id', status: 'todo', additionalFields: { assigneeIds: employee.id } }) });
		expect(error.message).toMatch(/^Factorial rejected POST tasks\/tasks \(422\): assignee_ids: /);
		expect((await sandboxState(sb, 'tasks')).some((t) => t.name === 'Wrong kind of id')).toBe(false);
		expect(await apiRequests(before)).toHaveLength(1);
	});
});
