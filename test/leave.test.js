'use strict';
// Time off: Leave, Leave Type and Allowance, and the leave type picker.
const { runFactorial, searchList, sandboxState, rl, useSandbox, apiRequests: apiRequestsSince, runOk, runOneRequest } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const leave = (operation, parameters = {}) => ({ resource: 'leave', operation, ...parameters });
const leaveType = (operation, parameters = {}) => ({ resource: 'leaveType', operation, ...parameters });
const allowance = (operation, parameters = {}) => ({ resource: 'allowance', operation, ...parameters });
const storedLeave = async (id) => (await sandboxState(sb, 'leaves')).find((l) => l.id === id);

const run = (parameters) => runOk(sb, { parameters });

const runOne = (parameters) => runOneRequest(sb, { parameters });

const vacation = async () => (await sandboxState(sb, 'leave_types')).find((t) => t.identifier === 'vacation');
const activeEmployee = async (offset = 0) =>
	(await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null)[100 + offset];

describe('Leave', () => {
	test('Create requests time off with a picked leave type and converted dates', async () => {
		const type = await vacation();
		const employee = await activeEmployee();
		const { items, request } = await runOne(
			leave('create', {
				employeeId: rl(employee.id, 'list'),
				startOn: '2026-11-02T00:00:00',
				additionalFields: {
					leaveTypeId: rl(type.id, 'list'),
					finishOn: '2026-11-06',
					halfDay: 'end_of_day',
					description: 'Autumn break',
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/timeoff/leaves`]);
		expect(request.body).toEqual({
			employee_id: employee.id,
			start_on: '2026-11-02',
			leave_type_id: type.id,
			finish_on: '2026-11-06',
			half_day: 'end_of_day',
			description: 'Autumn break',
		});
		const created = await storedLeave(items[0].json.id);
		expect(created).toMatchObject({ employee_id: employee.id, start_on: '2026-11-02', finish_on: '2026-11-06', leave_type_id: type.id, approved: null });
	});

	test('Approve marks a pending leave approved; Reject sends the reason and marks it rejected', async () => {
		const type = await vacation();
		const ids = [];
		for (const offset of [1, 2]) {
			const employee = await activeEmployee(offset);
			const { items } = await run(leave('create', { employeeId: rl(employee.id), startOn: '2026-12-01', additionalFields: { leaveTypeId: rl(type.id) } }));
			ids.push(items[0].json.id);
		}
		const approved = await runOne(leave('approve', { leaveId: ids[0] }));
		expect([approved.request.method, approved.request.path]).toEqual(['POST', `${V}/timeoff/leaves/approve`]);
		expect(approved.request.body).toEqual({ id: ids[0] });
		expect((await storedLeave(ids[0])).approved).toBe(true);

		const rejected = await runOne(leave('reject', { leaveId: ids[1], additionalFields: { reason: 'Team at minimum staffing' } }));
		expect([rejected.request.method, rejected.request.path]).toEqual(['POST', `${V}/timeoff/leaves/reject`]);
		expect(rejected.request.body).toEqual({ id: ids[1], reason: 'Team at minimum staffing' });
		expect((await storedLeave(ids[1])).approved).toBe(false);
	});

	test('Get, Update and Delete one leave', async () => {
		const employee = await activeEmployee(3);
		const { items } = await run(leave('create', { employeeId: rl(employee.id), startOn: '2027-01-11' }));
		const id = items[0].json.id;

		const got = await runOne(leave('get', { leaveId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/timeoff/leaves/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, employee_id: employee.id });

		const updated = await runOne(
			leave('update', { leaveId: id, updateFields: { finishOn: '2027-01-15', description: 'Ski week', skipNotifications: true } }),
		);
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/timeoff/leaves/${id}`]);
		expect(updated.request.body).toEqual({ id, finish_on: '2027-01-15', description: 'Ski week', skip_notifications: true });
		expect(await storedLeave(id)).toMatchObject({ finish_on: '2027-01-15', description: 'Ski week' });

		const deleted = await runOne(leave('delete', { leaveId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/timeoff/leaves/${id}`]);
		// Factorial keeps deleted leaves (deleted_at, include_deleted_leaves): gone from reads and lists.
		const after = await runFactorial(sb, { parameters: leave('get', { leaveId: id }), continueOnFail: true });
		expect(after.items[0].json.httpCode).toBe('404');
		const listed = await run(leave('getAll', { returnAll: true, filters: { ids: id } }));
		expect(listed.items).toHaveLength(0);
		const withDeleted = await run(leave('getAll', { returnAll: true, filters: { ids: id, includeDeletedLeaves: true } }));
		expect(withDeleted.items.map((i) => i.json.id)).toEqual([id]);
		expect(withDeleted.items[0].json.deleted_at).toBeTruthy();
	});

	test('Get Many sends the catalog filters with Factorial names', async () => {
		const all = (await sandboxState(sb, 'leaves')).filter((l) => l.deleted_at == null);
		const employeeIds = [...new Set(all.map((l) => l.employee_id))].slice(0, 6);
		const type = await vacation();
		const { items, request } = await runOne(
			leave('getAll', {
				returnAll: true,
				filters: {
					employeeIds: employeeIds.join(','),
					leaveTypeId: type.id,
					from: '2026-08-01',
					to: '2026-09-30T12:00:00',
					approved: true,
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['GET', `${V}/timeoff/leaves`]);
		expect(request.query).toEqual({
			limit: '100',
			'employee_ids[]': employeeIds,
			'leave_type_id[]': [type.id],
			from: '2026-08-01',
			to: '2026-09-30',
			approved: 'true',
		});
		const expected = all
			.filter((l) => employeeIds.includes(l.employee_id) && l.leave_type_id === type.id && l.approved === true)
			.filter((l) => (l.finish_on ?? '9999-12-31') >= '2026-08-01' && l.start_on <= '2026-09-30')
			.map((l) => l.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);
	});

	test('Get Many with a Limit stops after that many leaves', async () => {
		const { items, requests } = await run(leave('getAll', { returnAll: false, limit: 3 }));
		expect(items).toHaveLength(3);
		expect(requests).toHaveLength(1);
		expect(requests[0].query.limit).toBe('3');
	});
});

describe('Leave Type', () => {
	test('Get Many filters and Get reads one through the picker', async () => {
		const types = await sandboxState(sb, 'leave_types');
		const active = await runOne(leaveType('getAll', { returnAll: true, filters: { active: false } }));
		expect([active.request.method, active.request.path]).toEqual(['GET', `${V}/timeoff/leave_types`]);
		expect(active.request.query.active).toBe('false');
		expect(active.items.map((i) => i.json.id)).toEqual(types.filter((t) => t.active === false).map((t) => t.id));

		const type = types[0];
		const got = await runOne(leaveType('get', { leaveTypeId: rl(type.id, 'list') }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/timeoff/leave_types/${type.id}`]);
		expect(got.items[0].json).toMatchObject({ id: type.id, name: type.name });

		const employee = await activeEmployee();
		const granted = await runOne(
			leaveType('getAll', { returnAll: true, filters: { employeeId: rl(employee.id), referenceDate: '2026-10-01' } }),
		);
		expect(granted.request.query).toMatchObject({ employee_id: employee.id, reference_date: '2026-10-01' });
	});

	test('Create sends every required setting and fills the company from the credentials endpoint', async () => {
		const { items, requests } = await run(
			leaveType('create', {
				name: 'Volunteering',
				identifier: 'volunteering',
				color: '#33aa66',
				accrues: false,
				approvalRequired: true,
				workable: false,
				detailsRequired: true,
				additionalFields: { payable: true, maxDaysInCents: 300 },
			}),
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `${V}/api_public/credentials`],
			['POST', `${V}/timeoff/leave_types`],
		]);
		expect(requests[1].body).toEqual({
			name: 'Volunteering',
			identifier: 'volunteering',
			color: '#33aa66',
			accrues: false,
			approval_required: true,
			workable: false,
			details_required: true,
			company_id: sb.fixtures.companyId,
			payable: true,
			max_days_in_cents: 300,
		});
		const id = items[0].json.id;
		expect((await sandboxState(sb, 'leave_types')).find((t) => t.id === id)).toMatchObject({ identifier: 'volunteering', approval_required: true });

		const updated = await runOne(leaveType('update', { leaveTypeId: rl(id), updateFields: { name: 'Volunteering Day', active: false } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/timeoff/leave_types/${id}`]);
		expect(updated.request.body).toEqual({ id, name: 'Volunteering Day', active: false });
		expect((await sandboxState(sb, 'leave_types')).find((t) => t.id === id)).toMatchObject({ name: 'Volunteering Day', active: false });
	});
});

describe('Allowance', () => {
	test('Get Many filters by policy and overtime; Get reads one', async () => {
		const rows = await sandboxState(sb, 'allowances');
		const policy = rows[0].timeoff_policy_id;
		const byPolicy = await runOne(allowance('getAll', { returnAll: true, filters: { timeoffPolicyId: policy } }));
		expect([byPolicy.request.method, byPolicy.request.path]).toEqual(['GET', `${V}/timeoff/allowances`]);
		expect(byPolicy.request.query.timeoff_policy_id).toBe(policy);
		expect(byPolicy.items.map((i) => i.json.id)).toEqual(rows.filter((r) => r.timeoff_policy_id === policy).map((r) => r.id));

		const overtime = await runOne(allowance('getAll', { returnAll: true, filters: { byOvertime: true } }));
		expect(overtime.request.query.by_overtime).toBe('true');
		expect(overtime.items.length).toBeGreaterThan(0);
		expect(overtime.items.length).toBeLessThan(rows.length);

		const got = await runOne(allowance('get', { allowanceId: rows[1].id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/timeoff/allowances/${rows[1].id}`]);
		expect(got.items[0].json.id).toBe(rows[1].id);
	});
});

describe('leave type picker', () => {
	test('searchLeaveTypes lists every leave type and filters by name', async () => {
		const types = await sandboxState(sb, 'leave_types');
		expect(types.length).toBeGreaterThan(1);
		const everything = await searchList(sb, 'searchLeaveTypes');
		expect(everything.results.map((r) => r.value)).toEqual(types.map((t) => t.id));
		expect(everything.results[0]).toEqual({ name: types[0].name, value: types[0].id });
		const target = types.find((t) => t.identifier === 'sick_leave');
		const found = await searchList(sb, 'searchLeaveTypes', 'SICK');
		expect(found.results).toContainEqual({ name: target.name, value: target.id });
		expect(found.results.every((r) => r.name.toLowerCase().includes('sick'))).toBe(true);
	});
});
