'use strict';
// A write that got no clear answer is checked against Factorial's own reads (each operation's
// `check`): found applied → the item succeeds, confirmed; proven not applied → sent once more;
// the check itself failing → the item fails as before, marked mayHaveBeenApplied. The sandbox's
// scripted faults say which request fails: `after` is applied and then answered 500, `before` is
// answered 503 without being applied, `reset` drops the connection after applying.
const { runFactorial, sandboxState, rl, useSandbox, storeBinary } = require('./helpers/factorial');

// Pickers in "from list" mode: n8n checks an ID-mode value against its regex in a VM with a 250 ms
// limit before running the node, which a loaded machine can miss (see bad-input.test.js); the node
// reads the ID the same way in either mode.
const pick = (id) => rl(id, 'list');

let sb;
useSandbox((started) => (sb = started));

const AFTER = 'error5xxAfterApply';
const BEFORE = 'error5xxBeforeApply';
const RESET = 'resetAfterApply';
const DAY = '2026-10-05';

let counter = 0;
const next = () => ++counter;

async function run(parameters, items) {
	return await runFactorial(sb, { parameters, items, continueOnFail: true });
}

/** Runs without faults, for what a case needs to exist first; must succeed. */
async function setUp(parameters, items) {
	sb.configure({ faults: null });
	const { items: out, error } = await run(parameters, items);
	expect(error).toBeUndefined();
	expect(out[0].json.error).toBeUndefined();
	return out[0].json;
}

/** Employees no other case uses: active, attendable, never clocked in by a test. */
async function freshEmployee() {
	const all = (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null && e.attendable);
	return all[40 + next()];
}

async function pendingLeave() {
	const employee = await freshEmployee();
	const type = (await sandboxState(sb, 'leave_types')).find((t) => t.approval_required && t.active !== false && !t.attachment);
	const day = `2026-12-${String(10 + (next() % 18)).padStart(2, '0')}`;
	return await setUp({ resource: 'leave', operation: 'create', employeeId: pick(employee.id), startOn: day, additionalFields: { leaveTypeId: pick(type.id), finishOn: day } });
}

/** Writes of `method path` the sandbox applied since the last resetStats, counting repeats. */
function appliedCount(method, path) {
	let count = 0;
	for (const write of sb.state.writes.byFingerprint.values()) {
		if (write.method === method && write.path === `/resources/${path}`) count += write.count;
	}
	return count;
}

const now = (minute) => `${DAY}T${String(8 + Math.floor(minute / 60) % 12).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;

// Each case: what the write is, and what must hold of the record a confirmed item carries.
const CASES = [
	{
		name: 'Employee Create (by login e-mail)',
		path: () => 'employees/employees/create_with_contract',
		prepare: async () => {
			const email = `checked-${next()}@example.com`;
			return { email, parameters: { resource: 'employee', operation: 'create', companyId: pick(sb.fixtures.companyId), firstName: 'Checked', lastName: 'Write', email } };
		},
		confirmed: (json, c) => expect(json.login_email).toBe(c.email),
	},
	{
		name: 'Employee Terminate (by termination date)',
		path: () => 'employees/employees/terminate',
		prepare: async () => {
			const employee = await freshEmployee();
			return { id: employee.id, parameters: { resource: 'employee', operation: 'terminate', employeeId: pick(employee.id), terminatedOn: '2026-12-31' } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ id: c.id, terminated_on: '2026-12-31' }),
	},
	{
		name: 'Employee Unterminate (termination date cleared)',
		path: () => 'employees/employees/unterminate',
		prepare: async () => {
			const employee = await freshEmployee();
			await setUp({ resource: 'employee', operation: 'terminate', employeeId: pick(employee.id), terminatedOn: '2026-12-31' });
			return { id: employee.id, parameters: { resource: 'employee', operation: 'unterminate', employeeId: pick(employee.id) } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ id: c.id, terminated_on: null }),
	},
	{
		name: 'Shift Clock In (an open shift at that minute)',
		path: () => 'attendance/shifts/clock_in',
		prepare: async () => {
			const employee = await freshEmployee();
			return { id: employee.id, parameters: { resource: 'shift', operation: 'clockIn', now: now(0), additionalFields: { employeeId: pick(employee.id) } } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ employee_id: c.id, date: DAY, clock_in: '08:00', clock_out: null, workable: true }),
	},
	{
		name: 'Shift Clock Out (a shift closed at that minute)',
		path: () => 'attendance/shifts/clock_out',
		prepare: async () => {
			const employee = await freshEmployee();
			await setUp({ resource: 'shift', operation: 'clockIn', now: now(0), additionalFields: { employeeId: pick(employee.id) } });
			return { id: employee.id, parameters: { resource: 'shift', operation: 'clockOut', now: now(240), additionalFields: { employeeId: pick(employee.id) } } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ employee_id: c.id, clock_in: '08:00', clock_out: '12:00' }),
	},
	{
		name: 'Shift Break Start (a break opened at that minute)',
		path: () => 'attendance/shifts/break_start',
		prepare: async () => {
			const employee = await freshEmployee();
			await setUp({ resource: 'shift', operation: 'clockIn', now: now(0), additionalFields: { employeeId: pick(employee.id) } });
			return { id: employee.id, parameters: { resource: 'shift', operation: 'breakStart', now: now(180), additionalFields: { employeeId: pick(employee.id) } } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ employee_id: c.id, clock_in: '11:00', workable: false, clock_out: null }),
	},
	{
		name: 'Shift Break End (a break closed at that minute)',
		path: () => 'attendance/shifts/break_end',
		prepare: async () => {
			const employee = await freshEmployee();
			await setUp({ resource: 'shift', operation: 'clockIn', now: now(0), additionalFields: { employeeId: pick(employee.id) } });
			await setUp({ resource: 'shift', operation: 'breakStart', now: now(180), additionalFields: { employeeId: pick(employee.id) } });
			return { id: employee.id, parameters: { resource: 'shift', operation: 'breakEnd', now: now(210), additionalFields: { employeeId: pick(employee.id) } } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ employee_id: c.id, clock_in: '11:00', clock_out: '11:30', workable: false }),
	},
	{
		name: 'Leave Create (by employee, dates and type)',
		path: () => 'timeoff/leaves',
		prepare: async () => {
			const employee = await freshEmployee();
			const type = (await sandboxState(sb, 'leave_types')).find((t) => t.active !== false && !t.attachment);
			return {
				id: employee.id,
				type: type.id,
				parameters: { resource: 'leave', operation: 'create', employeeId: pick(employee.id), startOn: '2026-11-02', additionalFields: { leaveTypeId: pick(type.id), finishOn: '2026-11-06' } },
			};
		},
		confirmed: (json, c) => expect(json).toMatchObject({ employee_id: c.id, leave_type_id: c.type, start_on: '2026-11-02', finish_on: '2026-11-06' }),
	},
	{
		name: 'Leave Approve (by the leave\'s status)',
		path: () => 'timeoff/leaves/approve',
		prepare: async () => {
			const leave = await pendingLeave();
			return { id: leave.id, parameters: { resource: 'leave', operation: 'approve', leaveId: leave.id } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ id: c.id, approved: true }),
	},
	{
		name: 'Leave Reject (by the leave\'s status)',
		path: () => 'timeoff/leaves/reject',
		prepare: async () => {
			const leave = await pendingLeave();
			return { id: leave.id, parameters: { resource: 'leave', operation: 'reject', leaveId: leave.id } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ id: c.id, approved: false }),
	},
	{
		name: 'Team Create (by name)',
		path: () => 'teams/teams',
		prepare: async () => {
			const name = `Checked team ${next()}`;
			return { name, parameters: { resource: 'team', operation: 'create', name } };
		},
		confirmed: (json, c) => expect(json.name).toBe(c.name),
	},
	{
		name: 'Team Membership Create (by team and employee)',
		path: () => 'teams/memberships',
		prepare: async () => {
			const employee = await freshEmployee();
			const team = await setUp({ resource: 'team', operation: 'create', name: `Membership team ${next()}` });
			return { id: employee.id, team: team.id, parameters: { resource: 'teamMembership', operation: 'create', teamId: pick(team.id), employeeId: pick(employee.id) } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ team_id: c.team, employee_id: c.id }),
	},
	{
		name: 'Document Upload (by name, folder and employee)',
		path: () => 'documents/documents',
		prepare: async () => {
			const employee = await freshEmployee();
			const fileName = `checked-${next()}.txt`;
			return {
				id: employee.id,
				fileName,
				items: [{ json: {}, binary: { data: await storeBinary(Buffer.from(`file ${fileName}`), { fileName, mimeType: 'text/plain' }) } }],
				parameters: {
					resource: 'document',
					operation: 'upload',
					binaryPropertyName: 'data',
					space: 'employee_my_documents',
					employeeId: pick(employee.id),
					authorId: pick(employee.access_id),
					public: false,
					isPendingAssignment: false,
					requestEsignature: false,
					companyId: pick(sb.fixtures.companyId),
				},
			};
		},
		confirmed: (json, c) => expect(json).toMatchObject({ employee_id: c.id, filename: c.fileName }),
	},
	...[
		['close', 'activate', 'closed'],
		['activate', 'close', 'active'],
		['changeStatus', 'activate', 'draft'],
	].map(([operation, before, status]) => ({
		name: `Project ${operation} (by the project's status)`,
		path: () => `project_management/projects/${operation === 'changeStatus' ? 'change_status' : operation}`,
		prepare: async () => {
			await setUp({ resource: 'project', operation: before, projectId: pick('70001') });
			return { parameters: { resource: 'project', operation, projectId: pick('70001'), ...(operation === 'changeStatus' ? { status } : {}) } };
		},
		confirmed: (json) => expect(json).toMatchObject({ id: '70001', status }),
	})),
	{
		name: 'Application Move to Phase (by the application\'s phase)',
		path: () => 'ats/applications/move_to_phase',
		prepare: async () => {
			await setUp({ resource: 'application', operation: 'moveToPhase', applicationId: '7001', atsApplicationPhaseId: pick('5101') });
			return { parameters: { resource: 'application', operation: 'moveToPhase', applicationId: '7001', atsApplicationPhaseId: pick('5103') } };
		},
		confirmed: (json) => expect(json).toMatchObject({ id: '7001', ats_application_phase_id: '5103' }),
	},
	...[
		['moveToTrash', 'restoreFromTrash', 'move_to_trash_bin', true],
		['restoreFromTrash', 'moveToTrash', 'restore_from_trash_bin', false],
	].map(([operation, before, action, trashed]) => ({
		name: `Document ${operation} (by where the documents are)`,
		items: 2,
		path: () => `documents/documents/${action}`,
		prepare: async () => {
			const [first, second] = (await sandboxState(sb, 'documents')).slice(0, 2).map((d) => d.id);
			await setUp({ resource: 'document', operation: before, documentIds: `${first},${second}` });
			return { ids: [first, second], parameters: { resource: 'document', operation, documentIds: `${first},${second}` } };
		},
		confirmed: (json, c, all) => {
			expect(all.map((d) => d.id)).toEqual(c.ids);
			for (const d of all) expect(d).toMatchObject({ confirmedAfterFailure: true, deleted_at: trashed ? expect.any(String) : null });
		},
	})),
	{
		name: 'Candidate Create (by e-mail)',
		path: () => 'ats/candidates',
		prepare: async () => {
			const email = `candidate-${next()}@example.com`;
			return { email, parameters: { resource: 'candidate', operation: 'create', firstName: 'Checked', lastName: 'Candidate', companyId: pick(sb.fixtures.companyId), additionalFields: { email } } };
		},
		confirmed: (json, c) => expect(json.email).toBe(c.email),
	},
	{
		name: 'Location Create (by name and country)',
		path: () => 'locations/locations',
		prepare: async () => {
			const name = `Checked office ${next()}`;
			return { name, parameters: { resource: 'location', operation: 'create', name, country: 'ES', timezone: 'Europe/Madrid', companyId: pick(sb.fixtures.companyId), additionalFields: {} } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ name: c.name, country: 'ES' }),
	},
	{
		name: 'Folder Create (by name and space)',
		path: () => 'documents/folders',
		prepare: async () => {
			const name = `Checked folder ${next()}`;
			return { name, parameters: { resource: 'folder', operation: 'create', name, space: 'employee_my_documents', companyId: pick(sb.fixtures.companyId) } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ name: c.name, space: 'employee_my_documents' }),
	},
	{
		name: 'Webhook Subscription Create (by event and target URL)',
		path: () => 'api_public/webhook_subscriptions',
		prepare: async () => {
			const url = `https://hooks.example.com/checked-${next()}`;
			return { url, parameters: { resource: 'webhookSubscription', operation: 'create', subscriptionType: 'payroll/policy_period/change_status', targetUrl: url, companyId: pick(sb.fixtures.companyId), additionalFields: {} } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ type: 'payroll/policy_period/change_status', target_url: c.url }),
	},
	{
		name: 'Leave Type Create (by identifier)',
		path: () => 'timeoff/leave_types',
		prepare: async () => {
			const n = next();
			return {
				identifier: `checked_${n}`,
				parameters: { resource: 'leaveType', operation: 'create', name: `Checked ${n}`, identifier: `checked_${n}`, color: '07A2AD', accrues: false, approvalRequired: true, workable: false, detailsRequired: false, companyId: pick(sb.fixtures.companyId), additionalFields: {} },
			};
		},
		confirmed: (json, c) => expect(json.identifier).toBe(c.identifier),
	},
	{
		name: 'Team Delete (the team is gone)',
		method: 'DELETE',
		path: (c) => `teams/teams/${c.id}`,
		prepare: async () => {
			const team = await setUp({ resource: 'team', operation: 'create', name: `Doomed team ${next()}` });
			return { id: team.id, parameters: { resource: 'team', operation: 'delete', teamId: pick(team.id) } };
		},
		confirmed: (json, c) => expect(json).toEqual({ deleted: true, id: c.id, confirmedAfterFailure: true }),
	},
	{
		name: 'Leave Delete (the leave is marked deleted)',
		method: 'DELETE',
		path: (c) => `timeoff/leaves/${c.id}`,
		prepare: async () => {
			const leave = await pendingLeave();
			return { id: leave.id, parameters: { resource: 'leave', operation: 'delete', leaveId: leave.id } };
		},
		confirmed: (json, c) => expect(json).toMatchObject({ id: c.id, confirmedAfterFailure: true }),
	},
];

// A POST that fails is not retried by the transport, a DELETE is (up to 4 attempts): the check
// runs once the transport gives up with a write that may have been applied.
const unanswered = (testCase, kind) => (testCase.method === 'DELETE' ? [kind, BEFORE, BEFORE, BEFORE] : [kind]);

describe.each(CASES)('$name', (testCase) => {
	const method = testCase.method ?? 'POST';

	async function attempt(script) {
		const c = await testCase.prepare();
		sb.resetStats();
		sb.configure({ faults: { script } });
		const { items, error } = await run(c.parameters, c.items);
		sb.configure({ faults: null });
		expect(error).toBeUndefined();
		// A write to several records answers with them all; an error is one item.
		expect(items).toHaveLength(items[0].json.error === undefined ? (testCase.items ?? 1) : 1);
		for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
		return { c, json: items[0].json, all: items.map((i) => i.json), applied: appliedCount(method, testCase.path(c)) };
	}

	test('applied, then no clear answer: a read confirms it, and the item carries the record', async () => {
		const { c, json, all, applied } = await attempt(unanswered(testCase, AFTER));
		expect(json.error).toBeUndefined();
		expect(json.confirmedAfterFailure).toBe(true);
		expect(json.resentAfterFailure).toBeUndefined();
		testCase.confirmed(json, c, all);
		expect(applied).toBe(1);
	});

	test('not applied, no clear answer: a read proves it, and it is sent once more', async () => {
		const { json, applied } = await attempt(unanswered(testCase, BEFORE));
		expect(json.error).toBeUndefined();
		expect(json.resentAfterFailure).toBe(true);
		expect(json.confirmedAfterFailure).toBeUndefined();
		expect(applied).toBe(1);
	});

	test('the check cannot read Factorial: the item fails as before, marked mayHaveBeenApplied', async () => {
		const { json, applied } = await attempt([...unanswered(testCase, RESET), BEFORE, BEFORE, BEFORE, BEFORE]);
		expect(json.error).toBeDefined();
		expect(json.mayHaveBeenApplied).toBe(true);
		expect(json.description).toMatch(/read Factorial to tell whether it was applied, but could not tell/);
		expect(applied).toBe(1);
	});
});

describe('a second attempt that gets no clear answer either', () => {
	const clockIn = CASES.find((c) => c.path() === 'attendance/shifts/clock_in');

	async function attempt(script) {
		const c = await clockIn.prepare();
		sb.resetStats();
		sb.configure({ faults: { script } });
		const { items } = await run(c.parameters);
		sb.configure({ faults: null });
		return { json: items[0].json, applied: appliedCount('POST', 'attendance/shifts/clock_in') };
	}

	test('is checked again: applied → confirmed, and the item says it was resent', async () => {
		const { json, applied } = await attempt([BEFORE, null, AFTER, null]);
		expect(json.error).toBeUndefined();
		expect(json).toMatchObject({ confirmedAfterFailure: true, resentAfterFailure: true, clock_in: '08:00' });
		expect(applied).toBe(1);
	});

	test('is checked again: not applied → the item fails, and says nothing was applied', async () => {
		const { json, applied } = await attempt([BEFORE, null, BEFORE, null]);
		expect(json.error).toMatch(/503/);
		expect(json.mayHaveBeenApplied).toBe(false);
		expect(json.description).toMatch(/each time a read of Factorial showed it was not applied/);
		expect(applied).toBe(0);
	});
});

describe('a write without a check', () => {
	test('keeps mayHaveBeenApplied: true and is not resent', async () => {
		sb.resetStats();
		sb.configure({ faults: { script: [AFTER] } });
		const { items } = await run({ resource: 'employee', operation: 'invite', employeeId: pick('5'), companyId: pick(sb.fixtures.companyId) });
		sb.configure({ faults: null });
		expect(items[0].json).toMatchObject({ httpCode: '500', mayHaveBeenApplied: true });
		expect(items[0].json.confirmedAfterFailure).toBeUndefined();
		expect(appliedCount('POST', 'employees/employees/invite')).toBe(1);
	});
});
