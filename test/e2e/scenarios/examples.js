'use strict';
// Every workflow in examples/ is imported as shipped (only its credential ids are pointed at the
// suite's), run through its Manual Trigger, and checked for what it promises. An example without a
// check here fails the suite: a new example must come with one.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { CREDENTIAL_TYPE } = require('../lib/workflows');
const { nodeItems, nodeJson } = require('../lib/run-data');
const { api } = require('../lib/sandbox');
const { publish, publishAndAwaitFirstPoll, unpublish, waitForExecutions, nodeOutput, sleep } = require('../lib/executions');
const mcp = require('../lib/mcp');

const DIR = path.resolve(__dirname, '..', '..', '..', 'examples');
const DAY = 86400000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

function load() {
	return fs
		.readdirSync(DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) }));
}

/** The example with each Factorial node's credential replaced by the suite's credential of that type. */
function withSuiteCredentials(workflow, creds) {
	const byType = { factorialApi: creds.apiKey, factorialOAuth2Api: creds.user, factorialCompanyOAuth2Api: creds.company };
	const copy = structuredClone(workflow);
	for (const node of copy.nodes.filter((n) => n.type.startsWith('n8n-nodes-factorial.'))) {
		const type = CREDENTIAL_TYPE[node.parameters.authentication || 'apiKey'];
		const cred = byType[type];
		node.credentials = { [type]: { id: cred.id, name: cred.name } };
	}
	return copy;
}

const CHECKS = {
	async 'check-vacation-balance-before-approving-leave.json'(ctx, run, log) {
		const decisions = nodeJson(run, 'Does the balance cover it?');
		const { covered, short } = ctx.balanceLeaves;
		const decided = (id) => decisions.find((d) => d.leave_id === id);
		assert.ok(decided(covered), `the 2-day request ${covered} was decided`);
		assert.ok(decided(short), `the 30-day request ${short} was decided`);
		assert.equal(decided(covered).covered, true, `2 days fit the balance: ${JSON.stringify(decided(covered))}`);
		assert.equal(decided(short).covered, false, `30 days are more than the 23-day allowance: ${JSON.stringify(decided(short))}`);
		// Each balance asked for is the employee's, on the leave's first day.
		const reads = log.filter((e) => e.path.endsWith('/resources/timeoff/allowance_stats'));
		for (const d of [decided(covered), decided(short)]) {
			assert.ok(reads.some((e) => [].concat(e.query['employee_ids[]']).includes(d.employee_id) && e.query.reference_date === d.start_on), `balance of ${d.employee_id} on ${d.start_on} read`);
		}
		// What Factorial holds now: every decision applied, none left pending.
		const leaves = await ctx.sb.control.state('leaves');
		for (const d of decisions) {
			const leave = leaves.find((l) => l.id === d.leave_id);
			assert.equal(leave.approved, d.covered, `leave ${d.leave_id} ${d.covered ? 'approved' : 'rejected'}`);
		}
		const rejectedWhy = log.find((e) => e.path.endsWith('/resources/timeoff/leaves/reject') && e.body && e.body.id === short);
		assert.match(rejectedWhy.body.reason, /^Not enough vacation balance: 30 days asked, \d+ left$/);
		const approvedCount = decisions.filter((d) => d.covered).length;
		return `${decisions.length} pending requests: ${approvedCount} approved, ${decisions.length - approvedCount} rejected (${rejectedWhy.body.reason})`;
	},

	async 'list-active-employees.json'(ctx, run) {
		const got = nodeJson(run, 'Get active employees').map((e) => e.id).sort();
		const state = await ctx.sb.control.state('employees');
		const active = state.filter((e) => e.active).map((e) => e.id).sort();
		assert.ok(active.length < state.length, 'the sandbox has terminated employees to leave out');
		assert.deepEqual(got, active, 'exactly the active employees');
		return `${got.length} of ${state.length} employees are active`;
	},

	async 'new-hires-last-week.json'(ctx, run) {
		const state = await ctx.sb.control.state('employees');
		const got = nodeJson(run, 'Hired in the last 7 days').map((e) => e.id);
		assert.ok(got.includes(ctx.recentHireId), 'the hire of 3 days ago is listed');
		assert.ok(!got.includes(ctx.olderHireId), 'the hire of 10 days ago is not');
		// n8n's $today is in the workflow's time zone, the sandbox's dates are UTC days: a hire exactly at
		// the cutoff may fall either side. Everything hired 6 days ago or later must be there, nothing
		// hired before 8 days ago may be, and only active employees.
		const since = (days) => state.filter((e) => e.active && e.seniority_calculation_date >= isoDay(Date.now() - days * DAY)).map((e) => e.id);
		const surely = since(6);
		const possibly = new Set(since(8));
		assert.deepEqual(surely.filter((id) => !got.includes(id)), [], 'every active employee hired in the last 6 days is listed');
		assert.deepEqual(got.filter((id) => !possibly.has(id)), [], 'nobody hired more than 8 days ago or inactive is listed');
		return `${got.length} new hires in the last week`;
	},

	async 'monthly-worked-time-report.json'(ctx, run, log) {
		// The worked times come from the sandbox's generic layer, which does not filter by day range:
		// the check is that the range of last month is asked for and every row is summed per employee.
		const [request] = log.filter((e) => e.path.endsWith('/resources/attendance/worked_times'));
		// One whole calendar month (n8n's $today is in the workflow's time zone, so not compared to ours).
		assert.match(request.query.start_on, /^\d{4}-\d{2}-01$/, `the range starts on a 1st: ${request.query.start_on}`);
		assert.equal(request.query.end_on.slice(0, 7), request.query.start_on.slice(0, 7), 'the range is one month');
		assert.ok(request.query.end_on.slice(8) >= '28', `the range ends on the month's last day: ${request.query.end_on}`);
		assert.ok(request.query.start_on < isoDay(Date.now()), 'the month is in the past');
		const rows = await ctx.sb.control.state('attendance/worked_times');
		const expected = {};
		for (const r of rows) expected[r.employee_id] = (expected[r.employee_id] || 0) + r.minutes;
		const got = nodeJson(run, 'Hours per employee');
		assert.deepEqual(Object.fromEntries(got.map((t) => [t.employee_id, t.minutes])), expected, 'minutes summed per employee');
		assert.ok(got.every((t) => t.hours === Math.round((t.minutes / 60) * 100) / 100));
		return `${got.length} employees, ${rows.length} worked days, range ${request.query.start_on} … ${request.query.end_on}`;
	},

	async 'leave-request-and-approval.json'(ctx, run) {
		const [requested] = nodeJson(run, 'Request vacation');
		const [approved] = nodeJson(run, 'Approve it');
		assert.ok(requested && requested.id, 'the leave was created');
		assert.equal(approved.id, requested.id, 'the created leave was the one approved');
		const leave = (await ctx.sb.control.state('leaves')).find((l) => l.id === requested.id);
		assert.ok(leave, 'the sandbox holds the leave');
		assert.equal(leave.employee_id, '12');
		assert.equal(leave.leave_type_id, '41');
		assert.equal(leave.approved, true, 'approved in Factorial');
		assert.match(leave.start_on, /^\d{4}-\d{2}-\d{2}$/);
		assert.ok(leave.finish_on > leave.start_on, 'a multi-day leave');
		return `leave ${leave.id} (${leave.start_on}–${leave.finish_on}) created pending, then approved`;
	},

	async 'clock-in-clock-out-day.json'(ctx, run, entries) {
		const [opened] = nodeJson(run, 'Clock in at 9:00');
		const [closed] = nodeJson(run, 'Clock out at 17:30');
		assert.equal(closed.id, opened.id, 'clock out closed the shift clock in opened');
		const shift = (await ctx.sb.control.state('shifts')).find((x) => x.id === opened.id);
		assert.equal(shift.employee_id, '15');
		assert.equal(shift.clock_in, '09:00');
		assert.equal(shift.clock_out, '17:30');
		const actions = entries.filter((e) => e.method === 'POST' && /\/attendance\/shifts\/clock_(in|out)$/.test(e.path));
		assert.deepEqual(actions.map((e) => e.path.split('/').pop()), ['clock_in', 'clock_out'], 'one clock in, then one clock out');
		assert.ok(actions.every((e) => e.status >= 200 && e.status < 300), 'both accepted');
		return `shift ${shift.id} of employee 15: ${shift.clock_in}–${shift.clock_out}`;
	},

	async 'fill-next-weeks-shifts-for-a-team.json'(ctx, run, entries) {
		const team = (await ctx.sb.control.state('teams')).find((t) => t.id === '11');
		const [request] = entries.filter((e) => e.method === 'POST' && e.path.endsWith('/attendance/shifts/autofill'));
		assert.ok(request && request.status === 200, 'one autofill, accepted');
		assert.deepEqual(request.body.employee_ids, team.employee_ids, "every member of the team, as Team → Get gave them");
		// Next week, Monday to Sunday (n8n's $today is in the workflow's time zone: not compared to ours).
		const { start_on: from, end_on: to } = request.body;
		assert.equal(new Date(`${from}T00:00:00Z`).getUTCDay(), 1, `starts on a Monday: ${from}`);
		assert.equal(Date.parse(to) - Date.parse(from), 6 * DAY, `seven days: ${from} … ${to}`);
		assert.ok(from > isoDay(Date.now()) && Date.parse(from) - Date.now() <= 8 * DAY, `the coming week: ${from}`);
		// The shifts autofill made: team members on working days only, one a day each, and the sandbox
		// holds exactly those in that week (autofill skips a day already recorded).
		const made = nodeJson(run, 'Autofill next week');
		assert.ok(made.length > 0, 'some shifts were made');
		const weekday = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();
		assert.ok(made.every((s) => team.employee_ids.includes(s.employee_id) && s.date >= from && s.date <= to && weekday(s.date) !== 0 && weekday(s.date) !== 6), 'team members, that week, no weekend');
		const key = (s) => `${s.employee_id} ${s.date}`;
		assert.equal(new Set(made.map(key)).size, made.length, 'one shift per employee and day');
		const held = (await ctx.sb.control.state('shifts')).filter((s) => team.employee_ids.includes(s.employee_id) && s.date >= from && s.date <= to);
		assert.deepEqual(held.map(key).sort(), made.map(key).sort(), 'the week holds exactly the shifts made');
		return `${made.length} shifts for ${new Set(made.map((s) => s.employee_id)).size} of ${team.employee_ids.length} members, ${from} … ${to}`;
	},

	async 'upload-document-and-read-back.json'(ctx, run, entries) {
		const [uploaded] = nodeJson(run, "Upload to the employee's folder");
		const [read] = nodeItems(run, 'Read it back');
		assert.ok(uploaded && uploaded.id, 'the document was created');
		const doc = (await ctx.sb.control.state('documents')).find((d) => d.id === uploaded.id);
		assert.ok(doc, 'the sandbox holds the document');
		assert.equal(doc.employee_id, '12');
		assert.equal(doc.folder_id, '501', "in the employee's Contracts folder");
		assert.equal(doc.content_type, 'application/pdf');
		const stored = await ctx.sb.control.file(doc.id);
		assert.equal(stored.filename, 'welcome-pack.pdf');
		const upload = entries.find((e) => e.method === 'POST' && e.path.endsWith('/documents/documents'));
		assert.equal(upload.body.file.sha256, stored.sha256, 'the bytes n8n sent are the bytes stored');
		assert.match(upload.body.file.filename, /welcome-pack\.pdf/);
		// Read back: the document record and its file as binary data, the same size and type.
		assert.equal(read.json.id, doc.id);
		const file = read.binary && read.binary.data;
		assert.ok(file, `binary output: ${JSON.stringify(read).slice(0, 300)}`);
		assert.equal(file.fileName, 'welcome-pack.pdf');
		assert.equal(file.mimeType, 'application/pdf');
		assert.equal(file.bytes, stored.size, 'as many bytes came back as went up');
		const fetched = entries.filter((e) => e.host === 'files');
		assert.deepEqual(fetched.map((e) => e.status), [200], 'one download from the file host');
		assert.ok(!JSON.stringify(fetched[0].headers).includes('sbx-secret-'), 'no secret sent to the file host');
		assert.ok(!('x-api-key' in fetched[0].headers) && !('authorization' in fetched[0].headers), 'no credential header on the file host');
		return `document ${doc.id} (${stored.size} bytes PDF) uploaded to folder ${doc.folder_id} of employee 12 and read back`;
	},

	async 'keep-oauth-token-fresh.json'(ctx, run, entries) {
		const out = nodeJson(run, 'Who am I');
		const records = out.flatMap((j) => (Array.isArray(j.data) ? j.data : [j]));
		const me = records.find((c) => c.id === ctx.sb.fixtures.credentialIds.userToken);
		assert.ok(me, `api_public/credentials describes the user token: ${JSON.stringify(out).slice(0, 300)}`);
		assert.equal(me.employee_id, ctx.sb.fixtures.employeeId);
		assert.equal(me.company_id, ctx.sb.fixtures.companyId);
		// It ran on an expired access token: the call itself refreshed it.
		const refresh = entries.filter((e) => e.path === '/oauth/token' && e.body && e.body.grant_type === 'refresh_token');
		assert.equal(refresh.length, 1, 'one refresh');
		assert.equal(refresh[0].status, 200, 'accepted');
		const calls = entries.filter((e) => e.path.endsWith('/resources/api_public/credentials'));
		assert.deepEqual(calls.map((e) => e.status), [401, 200], 'a 401, then the retried call succeeds');
		return `token ${me.id} of employee ${me.employee_id} refreshed and used`;
	},
};

/**
 * Examples that start from a trigger n8n runs itself (no Manual Trigger: `n8n execute` cannot start
 * them). Each is published under `n8n start`, given the change it waits for, and its execution checked.
 */
const PUBLISHED = {
	async 'new-employee-welcome-message.json'(ctx, workflow) {
		const { n8n, sb } = ctx;
		// Every minute instead of every 5, so the suite does not wait 5 minutes for the first poll.
		const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-factorial.factorialPollingTrigger');
		assert.deepEqual(trigger.parameters.pollTimes, { item: [{ mode: 'everyX', value: 5, unit: 'minutes' }] });
		const minutely = structuredClone(workflow);
		minutely.nodes.find((n) => n.name === trigger.name).parameters.pollTimes = { item: [{ mode: 'everyMinute' }] };
		await n8n.importWorkflows([minutely]);
		await n8n.start();
		try {
			await n8n.login();
			await publishAndAwaitFirstPoll(n8n, sb, workflow.id, 'employees/employees');
			const hire = await api(sb, 'POST', 'employees/employees/create_with_contract', {
				company_id: sb.fixtures.companyId, first_name: 'Wendy', last_name: 'Welcome', email: `wendy.${Date.now()}@e2e.example`,
			});
			assert.equal(hire.status, 201, JSON.stringify(hire.body));
			const changed = await api(sb, 'PUT', 'employees/employees/12', { id: '12', first_name: 'NotNew' });
			assert.equal(changed.status, 200);
			// Both changes usually come out in one poll; a poll falling between the two writes splits them.
			const polled = [];
			const welcome = [];
			const deadline = Date.now() + 130_000;
			while (polled.length < 2) {
				assert.ok(Date.now() < deadline, `both changes polled within 130 s: ${JSON.stringify(polled)}`);
				const done = await waitForExecutions(n8n, workflow.id, 1, 130_000);
				polled.length = 0;
				welcome.length = 0;
				for (const execution of done) {
					assert.equal(execution.status, 'success');
					polled.push(...(await nodeOutput(n8n, execution.id, trigger.name)).items.map((i) => [i.id, i.change]));
					welcome.push(...(await nodeOutput(n8n, execution.id, 'Welcome message')).items);
				}
				if (polled.length < 2) await new Promise((resolve) => setTimeout(resolve, 1000));
			}
			assert.deepEqual(polled.sort(), [[hire.body.id, 'created'], ['12', 'updated']].sort());
			assert.deepEqual(welcome, [{
				to: hire.body.login_email,
				text: `Welcome to the team, Wendy! We are glad to have you with us from ${hire.body.seniority_calculation_date || 'today'}.`,
				employee_id: hire.body.id,
			}], 'one welcome message, for the new hire only');
			await unpublish(n8n, workflow.id);
			return `published; a new hire and a changed employee polled → one welcome message, to ${welcome[0].to}`;
		} finally {
			await n8n.stop();
		}
	},
};

/** Connects an MCP client, retrying while n8n registers the trigger's webhook after publishing. */
async function connectWhenReady(url, headers) {
	for (let tries = 0; ; tries++) {
		try {
			return await mcp.connect(url, headers);
		} catch (error) {
			if (tries > 60) throw error;
			await sleep(500);
		}
	}
}

PUBLISHED['factorial-tools-for-an-ai-agent-over-mcp.json'] = async (ctx, workflow) => {
	const { n8n, sb } = ctx;
	// The example's Bearer credential, made here with a known token.
	const token = `mcp-e2e-${Date.now()}`;
	const trigger = workflow.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.mcpTrigger');
	assert.equal(trigger.parameters.authentication, 'bearerAuth', 'the example asks MCP clients for a token');
	const bearer = { id: 'e2eMcpBearer', name: 'MCP clients bearer token (e2e)', type: 'httpBearerAuth', data: { token } };
	await n8n.importCredentials([bearer]);
	const withToken = structuredClone(workflow);
	withToken.nodes.find((n) => n.name === trigger.name).credentials = { httpBearerAuth: { id: bearer.id, name: bearer.name } };
	await n8n.importWorkflows([withToken]);
	await n8n.start();
	let client;
	try {
		await n8n.login();
		await publish(n8n, workflow.id);
		const url = `${n8n.baseUrl}/mcp/${trigger.parameters.path}`;
		client = await connectWhenReady(url, { authorization: `Bearer ${token}` });
		// Without the token, or with another one, n8n refuses the client.
		for (const headers of [{}, { authorization: 'Bearer not-the-token' }]) {
			await assert.rejects(mcp.connect(url, headers), (error) => error.code === 401 || error.code === 403, `refused with ${JSON.stringify(headers)}`);
		}

		const { tools } = await client.listTools();
		const names = tools.map((t) => t.name).sort();
		assert.deepEqual(names, ['Clock_in', 'Find_employees', 'List_leave_types', 'List_leaves_of_an_employee', 'Request_time_off']);
		for (const tool of tools) assert.match(tool.description, / in Factorial HR: .*Needs .*Returns /, `${tool.name}: the operation's sentence`);
		const call = async (name, args) => {
			const answer = await mcp.call(client, name, args);
			assert.equal(answer.isError, false, `${name}: ${answer.text}`);
			assert.ok(Array.isArray(answer.data) && answer.data.every((d) => d.error === undefined), `${name}: ${answer.text.slice(0, 300)}`);
			return answer.data;
		};

		// The calls a model would make: find the employee by name, pick a leave type, book the time off.
		const employees = (await sb.control.state('employees')).filter((e) => e.terminated_on == null);
		const who = employees[30];
		const found = await call('Find_employees', { name_contains: who.full_name });
		assert.ok(found.some((e) => e.id === who.id), `${who.full_name} is found by name`);
		const types = await call('List_leave_types', {});
		const vacation = types.find((t) => t.identifier === 'vacation');
		const leave = await call('Request_time_off', { employee_id: who.id, start_date: '2027-04-05', end_date: '2027-04-09', leave_type_id: vacation.id });
		const stored = (await sb.control.state('leaves')).find((l) => l.id === leave[0].id);
		assert.deepEqual([stored.employee_id, stored.start_on, stored.finish_on, stored.leave_type_id], [who.id, '2027-04-05', '2027-04-09', vacation.id]);
		assert.equal(stored.approved, vacation.approval_required ? null : true, 'pending until a manager approves it, when the type asks for approval');
		const listed = await call('List_leaves_of_an_employee', { employee_id: who.id });
		assert.ok(listed.some((l) => l.id === stored.id), 'the new leave is listed');
		assert.ok(listed.every((l) => l.employee_id === who.id), 'only that employee\'s leaves');
		const shift = await call('Clock_in', { employee_id: employees[31].id });
		assert.equal((await sb.control.state('shifts')).find((s) => s.id === shift[0].id).employee_id, employees[31].id);
		await client.close();
		client = undefined;
		await unpublish(n8n, workflow.id);
		return `published with a Bearer token (refused without it); ${tools.length} tools; leave ${stored.id} booked for ${who.full_name} (approved: ${stored.approved}), shift ${shift[0].id} opened`;
	} finally {
		if (client) await client.close().catch(() => {});
		await n8n.stop();
	}
};

/** Before the examples run: give them data to find and, for the refresh example, an expired token. */
async function prepare(ctx) {
	const hire = async (daysAgo, name) => {
		const r = await api(ctx.sb, 'POST', 'employees/employees/create_with_contract', {
			company_id: ctx.sb.fixtures.companyId,
			first_name: name,
			last_name: 'Example',
			email: `${name.toLowerCase()}@e2e.example`,
			seniority_calculation_date: isoDay(Date.now() - daysAgo * DAY),
		});
		assert.equal(r.status, 201, JSON.stringify(r.body));
		return r.body.id;
	};
	// Two pending vacation requests (leave type 41, allowance 61: 23 days a year) three weeks ahead, by
	// employees without seeded leaves: 2 days fit the balance, 30 days cannot.
	const employees = (await ctx.sb.control.state('employees')).filter((e) => e.active).slice(-2);
	const start = isoDay(Date.now() + 21 * DAY);
	const request = async (employee, days) => {
		const r = await api(ctx.sb, 'POST', 'timeoff/leaves', { employee_id: employee.id, leave_type_id: '41', start_on: start, finish_on: isoDay(Date.parse(start) + (days - 1) * DAY) });
		assert.equal(r.status, 201, JSON.stringify(r.body));
		return r.body.id;
	};
	ctx.balanceLeaves = { covered: await request(employees[0], 2), short: await request(employees[1], 30) };
	ctx.recentHireId = await hire(3, 'Recent');
	ctx.olderHireId = await hire(10, 'Older');
}

module.exports = {
	title: 'Examples: every workflow in examples/ runs in n8n and does what it says',
	examples: load,
	workflows: (ctx) => load().map(({ workflow }) => withSuiteCredentials(workflow, ctx.creds)),
	CHECKS,
	prepare,
	/** Runs one example; the refresh example first gets an expired token. */
	async runOne(ctx, { file, workflow }) {
		if (PUBLISHED[file]) return await PUBLISHED[file](ctx, withSuiteCredentials(workflow, ctx.creds));
		const check = CHECKS[file];
		assert.ok(check, `examples/${file} has no check in test/e2e/scenarios/examples.js`);
		if (file === 'keep-oauth-token-fresh.json') await ctx.sb.control.expireTokens();
		const mark = await ctx.sb.control.mark();
		const run = await ctx.execute(workflow.id);
		assert.equal(run.status, 'success', ctx.runError(run));
		return check(ctx, run, await ctx.sb.control.log(mark));
	},
};
