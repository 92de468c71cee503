'use strict';
// Project management: Project (with its status actions), Project Worker, Time Record, and the project picker.
const { searchList, sandboxState, lastSeq, rl, useSandbox, apiRequests: apiRequestsSince, runOneRequest, runFailing } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const project = (operation, parameters = {}) => ({ resource: 'project', operation, ...parameters });
const worker = (operation, parameters = {}) => ({ resource: 'projectWorker', operation, ...parameters });
const timeRecord = (operation, parameters = {}) => ({ resource: 'timeRecord', operation, ...parameters });
const stored = async (collection, id) => (await sandboxState(sb, collection)).find((r) => r.id === id);

const runOne = (parameters) => runOneRequest(sb, { parameters });

/** Runs one operation that Factorial (the sandbox) refuses; returns the error and the one request. */
async function rejected(parameters) {
	const { error, requests } = await runFailing(sb, { parameters });
	expect(requests).toHaveLength(1);
	return { error, request: requests[0] };
}

// Bad input in the second item fails the run before any item is sent.
async function refused(parameters, items) {
	const { error, requests } = await runFailing(sb, { parameters, items });
	expect(requests).toHaveLength(0);
	return error;
}

// Active employees with no project and no shift yet, so each test starts from a clean slate.
async function freshEmployees(count) {
	const busy = new Set([...(await sandboxState(sb, 'project_workers')), ...(await sandboxState(sb, 'shifts'))].map((r) => r.employee_id));
	const employees = (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null && e.attendable && !busy.has(e.id));
	return employees.slice(-count);
}

async function newProject(name) {
	const { items } = await runOne(project('create', { name }));
	return items[0].json.id;
}

async function assign(projectId, employeeId) {
	const { items } = await runOne(worker('assign', { projectId: rl(projectId), employeeId: rl(employeeId) }));
	return items[0].json.id;
}

describe('Project', () => {
	test('Create sends the name and chosen details; the project starts active', async () => {
		const [admin, manager] = await freshEmployees(2);
		const { items, request } = await runOne(
			project('create', {
				name: 'Customer Portal',
				additionalFields: {
					code: 'PORTAL',
					startDate: '2026-12-01',
					dueDate: '2027-06-30T00:00:00',
					employeesAssignment: 'company',
					isBillable: true,
					fixedCostCents: 1500000,
					projectAdmins: admin.id,
					projectManagers: [manager.id],
					legalEntityId: sb.fixtures.legalEntityId,
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/project_management/projects`]);
		expect(request.body).toEqual({
			name: 'Customer Portal',
			code: 'PORTAL',
			start_date: '2026-12-01',
			due_date: '2027-06-30',
			employees_assignment: 'company',
			is_billable: true,
			fixed_cost_cents: 1500000,
			project_admins: [admin.id],
			project_managers: [manager.id],
			legal_entity_id: sb.fixtures.legalEntityId,
		});
		expect(await stored('projects', items[0].json.id)).toMatchObject({
			name: 'Customer Portal',
			code: 'PORTAL',
			status: 'active',
			employees_assignment: 'company',
			is_billable: true,
			fixed_cost_cents: 1500000,
			total_cost_cents: 1500000,
			inputed_minutes: 0,
		});
	});

	test('Close, Activate and Change Status move the project through its statuses', async () => {
		const id = await newProject('Status Walk');
		const closed = await runOne(project('close', { projectId: rl(id, 'list') }));
		expect([closed.request.method, closed.request.path]).toEqual(['POST', `${V}/project_management/projects/close`]);
		expect(closed.request.body).toEqual({ id });
		expect((await stored('projects', id)).status).toBe('closed');
		expect(closed.items[0].json.status).toBe('closed');

		const activated = await runOne(project('activate', { projectId: rl(id) }));
		expect([activated.request.method, activated.request.path]).toEqual(['POST', `${V}/project_management/projects/activate`]);
		expect(activated.request.body).toEqual({ id });
		expect((await stored('projects', id)).status).toBe('active');

		const drafted = await runOne(project('changeStatus', { projectId: rl(id), status: 'draft' }));
		expect([drafted.request.method, drafted.request.path]).toEqual(['POST', `${V}/project_management/projects/change_status`]);
		expect(drafted.request.body).toEqual({ id, status: 'draft' });
		expect((await stored('projects', id)).status).toBe('draft');
	});

	test('Update sends the id, the required name and the changes; Get reads the project', async () => {
		const id = await newProject('Old Name');
		const updated = await runOne(project('update', { projectId: rl(id), name: 'New Name', updateFields: { dueDate: '2027-01-31', description: 'Renamed' } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/project_management/projects/${id}`]);
		expect(updated.request.body).toEqual({ id, name: 'New Name', due_date: '2027-01-31', description: 'Renamed' });
		expect(await stored('projects', id)).toMatchObject({ name: 'New Name', due_date: '2027-01-31', description: 'Renamed' });

		const got = await runOne(project('get', { projectId: rl(id) }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/project_management/projects/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, name: 'New Name' });
	});

	test('Get Many always sends the minutes flag Factorial requires, and the filters', async () => {
		const all = await sandboxState(sb, 'projects');
		const { items, request } = await runOne(project('getAll', { returnAll: true, includeInputedMinutes: true, filters: { nameOrCode: 'app', totalCurrency: 'EUR' } }));
		expect([request.method, request.path]).toEqual(['GET', `${V}/project_management/projects`]);
		expect(request.query).toEqual({ limit: '100', include_inputed_minutes: 'true', name_or_code: 'app', total_currency: 'EUR' });
		const expected = all.filter((p) => p.name.toLowerCase().includes('app') || String(p.code).toLowerCase().includes('app')).map((p) => p.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const plain = await runOne(project('getAll', { returnAll: true, filters: { noClients: true } }));
		expect(plain.request.query).toEqual({ limit: '100', include_inputed_minutes: 'false', no_clients: 'true' });
		expect(plain.items.map((i) => i.json.id)).toEqual(all.filter((p) => p.client_id == null).map((p) => p.id));
	});

	test('Update without a name is refused before anything is sent', async () => {
		const [first] = await sandboxState(sb, 'projects');
		const error = await refused(project('update', { projectId: rl(first.id), name: '={{ $json.name }}', updateFields: { code: 'X' } }), [{ json: { name: first.name } }, { json: { name: '' } }]);
		expect(error.message).toBe('"Name" in item 1 is required but empty');
	});

	test('a code already in use and a budget given twice are rejected by Factorial, naming the field', async () => {
		const [first] = await sandboxState(sb, 'projects');
		const taken = await rejected(project('create', { name: 'Copycat', additionalFields: { code: first.code } }));
		expect(taken.error.message).toMatch(/^Factorial rejected POST project_management\/projects \(422\): code: /);
		const twice = await rejected(project('create', { name: 'Double Budget', additionalFields: { budgetAllocation: 600, budgetAllocationCents: 100000 } }));
		expect(twice.request.body).toMatchObject({ budget_allocation: 600, budget_allocation_cents: 100000 });
		expect(twice.error.message).toMatch(/\(422\): budget_allocation: /);
		expect((await sandboxState(sb, 'projects')).some((p) => ['Copycat', 'Double Budget'].includes(p.name))).toBe(false);
	});
});

describe('Project Worker', () => {
	test('Assign makes an employee a worker of a project; assigning again keeps one row', async () => {
		const [employee] = await freshEmployees(1);
		const projectId = await newProject('Assignment Test');
		const { items, request } = await runOne(worker('assign', { projectId: rl(projectId, 'list'), employeeId: rl(employee.id, 'list') }));
		expect([request.method, request.path]).toEqual(['POST', `${V}/project_management/project_workers`]);
		expect(request.body).toEqual({ project_id: projectId, employee_id: employee.id });
		const id = items[0].json.id;
		expect(await stored('project_workers', id)).toMatchObject({ project_id: projectId, employee_id: employee.id, assigned: true, inputed_minutes: 0 });

		const again = await runOne(worker('assign', { projectId: rl(projectId), employeeId: rl(employee.id) }));
		expect(again.items[0].json.id).toBe(id);
		expect((await sandboxState(sb, 'project_workers')).filter((w) => w.project_id === projectId)).toHaveLength(1);

		const got = await runOne(worker('get', { projectWorkerId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/project_management/project_workers/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, project_id: projectId });
	});

	test('Get Many filters by project, assignment and whether the project is active', async () => {
		const all = await sandboxState(sb, 'project_workers');
		const projects = await sandboxState(sb, 'projects');
		const projectIds = [...new Set(all.map((w) => w.project_id))].slice(0, 2);
		const byProject = await runOne(worker('getAll', { returnAll: true, filters: { projectIds: projectIds.join(','), assigned: true } }));
		expect([byProject.request.method, byProject.request.path]).toEqual(['GET', `${V}/project_management/project_workers`]);
		expect(byProject.request.query).toEqual({ limit: '100', 'project_ids[]': projectIds, assigned: 'true' });
		const expected = all.filter((w) => projectIds.includes(w.project_id) && w.assigned).map((w) => w.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(byProject.items.map((i) => i.json.id)).toEqual(expected);

		const unassigned = await runOne(worker('getAll', { returnAll: true, filters: { assigned: false } }));
		expect(unassigned.request.query.assigned).toBe('false');
		expect(unassigned.items.map((i) => i.json.id)).toEqual(all.filter((w) => !w.assigned).map((w) => w.id));
		expect(unassigned.items.length).toBeGreaterThan(0);

		const closedProjects = new Set(projects.filter((p) => p.status !== 'active').map((p) => p.id));
		const ofClosed = await runOne(worker('getAll', { returnAll: true, filters: { projectActive: false } }));
		expect(ofClosed.request.query.project_active).toBe('false');
		expect(ofClosed.items.map((i) => i.json.id)).toEqual(all.filter((w) => closedProjects.has(w.project_id)).map((w) => w.id));
		expect(ofClosed.items.length).toBeGreaterThan(0);
	});
});

describe('Time Record', () => {
	test('Create from a shift takes its date and minutes and adds them to the worker and the project', async () => {
		const [employee] = await freshEmployees(1);
		const projectId = await newProject('Shift Booking');
		const workerId = await assign(projectId, employee.id);
		const shift = await runOne({ resource: 'shift', operation: 'create', date: '2026-11-02', additionalFields: { employeeId: rl(employee.id), clockIn: '09:00', clockOut: '12:30' } });
		const shiftId = shift.items[0].json.id;

		const { items, request } = await runOne(timeRecord('create', { projectWorkerId: workerId, additionalFields: { attendanceShiftId: shiftId } }));
		expect([request.method, request.path]).toEqual(['POST', `${V}/project_management/time_records`]);
		expect(request.body).toEqual({ project_worker_id: workerId, attendance_shift_id: shiftId });
		expect(await stored('time_records', items[0].json.id)).toMatchObject({
			project_worker_id: workerId,
			employee_id: employee.id,
			project_id: projectId,
			attendance_shift_id: shiftId,
			date: '2026-11-02',
			clock_in: '09:00',
			clock_out: '12:30',
			imputed_minutes: 210,
		});
		expect((await stored('project_workers', workerId)).inputed_minutes).toBe(210);
		expect((await stored('projects', projectId)).inputed_minutes).toBe(210);
	});

	test('Create without a shift sends date and minutes; Get reads it; Delete takes the minutes off again', async () => {
		const [employee] = await freshEmployees(1);
		const projectId = await newProject('Manual Booking');
		const workerId = await assign(projectId, employee.id);
		const created = await runOne(timeRecord('create', { projectWorkerId: workerId, additionalFields: { date: '2026-11-03T00:00:00', imputedMinutes: 90 } }));
		expect(created.request.body).toEqual({ project_worker_id: workerId, date: '2026-11-03', imputed_minutes: 90 });
		const id = created.items[0].json.id;
		expect((await stored('projects', projectId)).inputed_minutes).toBe(90);

		const got = await runOne(timeRecord('get', { timeRecordId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/project_management/time_records/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, imputed_minutes: 90, date: '2026-11-03' });

		const deleted = await runOne(timeRecord('delete', { timeRecordId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/project_management/time_records/${id}`]);
		expect(await stored('time_records', id)).toBeUndefined();
		expect((await stored('projects', projectId)).inputed_minutes).toBe(0);
		expect((await stored('project_workers', workerId)).inputed_minutes).toBe(0);
	});

	test('a closed project takes no more time; activating it again does', async () => {
		const [employee] = await freshEmployees(1);
		const projectId = await newProject('Closing Soon');
		const workerId = await assign(projectId, employee.id);
		await runOne(project('close', { projectId: rl(projectId) }));
		const closed = await rejected(timeRecord('create', { projectWorkerId: workerId, additionalFields: { date: '2026-11-04', imputedMinutes: 60 } }));
		expect(closed.error.message).toMatch(/\(422\): project_worker_id: project \d+ is closed/);
		expect((await sandboxState(sb, 'time_records')).some((r) => r.project_worker_id === workerId)).toBe(false);

		await runOne(project('activate', { projectId: rl(projectId) }));
		await runOne(timeRecord('create', { projectWorkerId: workerId, additionalFields: { date: '2026-11-04', imputedMinutes: 60 } }));
		expect((await stored('projects', projectId)).inputed_minutes).toBe(60);
	});

	test('without a shift Factorial needs the minutes; another employee\'s shift is refused', async () => {
		const [employee] = await freshEmployees(1);
		const workerId = await assign(await newProject('Missing Minutes'), employee.id);
		const noMinutes = await rejected(timeRecord('create', { projectWorkerId: workerId, additionalFields: { date: '2026-11-05' } }));
		expect(noMinutes.error.message).toMatch(/\(422\): imputed_minutes: /);

		const [othersShift] = await sandboxState(sb, 'shifts');
		const wrongShift = await rejected(timeRecord('create', { projectWorkerId: workerId, additionalFields: { attendanceShiftId: othersShift.id } }));
		expect(wrongShift.error.message).toMatch(/\(422\): attendance_shift_id: /);
		expect((await sandboxState(sb, 'time_records')).some((r) => r.project_worker_id === workerId)).toBe(false);
	});

	test('an empty Project Worker ID is refused before anything is sent', async () => {
		const [first] = await sandboxState(sb, 'project_workers');
		const error = await refused(timeRecord('create', { projectWorkerId: '={{ $json.worker }}', additionalFields: { date: '2026-11-05', imputedMinutes: 30 } }), [{ json: { worker: first.id } }, { json: { worker: '' } }]);
		expect(error.message).toBe('"Project Worker ID" in item 1 is required but empty');
	});

	test('Get Many filters by project worker, month and year', async () => {
		const all = await sandboxState(sb, 'time_records');
		const workerIds = [...new Set(all.map((r) => r.project_worker_id))].slice(0, 2);
		const { items, request } = await runOne(timeRecord('getAll', { returnAll: true, filters: { projectWorkerIds: workerIds, month: 9, year: 2026 } }));
		expect([request.method, request.path]).toEqual(['GET', `${V}/project_management/time_records`]);
		expect(request.query).toEqual({ limit: '100', 'project_worker_ids[]': workerIds, month: '9', year: '2026' });
		const expected = all.filter((r) => workerIds.includes(r.project_worker_id) && r.date.startsWith('2026-09')).map((r) => r.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const october = await runOne(timeRecord('getAll', { returnAll: true, filters: { projectWorkerIds: workerIds, month: 10, year: 2026 } }));
		expect(october.items).toHaveLength(0);
	});
});

describe('project picker', () => {
	test('searchProjects lists every project with its code and searches by name or code', async () => {
		const projects = await sandboxState(sb, 'projects');
		const before = await lastSeq(sb);
		const everything = await searchList(sb, 'searchProjects');
		expect(everything.results.map((r) => r.value)).toEqual(projects.map((p) => p.id));
		expect(everything.results[0]).toEqual({ name: `${projects[0].name} (${projects[0].code})`, value: projects[0].id });
		const [listed] = await apiRequests(before);
		expect(listed.query).toMatchObject({ include_inputed_minutes: 'false' });

		const found = await searchList(sb, 'searchProjects', 'web');
		const target = projects.find((p) => p.code === 'WEB');
		expect(found.results).toContainEqual({ name: `${target.name} (WEB)`, value: target.id });
		expect(found.results.every((r) => r.name.toLowerCase().includes('web'))).toBe(true);
	});
});
