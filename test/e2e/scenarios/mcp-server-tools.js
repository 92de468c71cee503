'use strict';
// 10. Factorial Tools behind n8n's MCP Server Trigger, published under `n8n start`, used by a real MCP
// client (the official SDK) over Streamable HTTP at the trigger's production URL: the client lists the
// tools and reads their descriptions and input schemas, calls each one, and the answers and the
// sandbox's state are checked; a bad argument and a refused credential come back as text a model can
// act on; 40 writes sent at once against a small POST budget all land exactly once, none answered 429.
const assert = require('node:assert/strict');
const { nodeNameToToolName } = require('n8n-workflow');
const { publish, unpublish, executions, sleep } = require('../lib/executions');
const mcp = require('../lib/mcp');
const { fold } = require('../../sandbox/filters');

const ID = 'e2eMcpServerTools';
const PATH = 'factorial-e2e-tools';
const TRIGGER = 'MCP Server Trigger';
// The sandbox's POST budget during the burst, scaled down as in scenario 4; the tools' POST Limit option
// is set to match, as a user sets it to Factorial's 200 per minute.
const BUDGET = { postLimit: 10, postWindowMs: 3000 };
const WRITES = { leaves: 30, clockIns: 10 };

const fromAI = (key, description, type = 'string') => `={{ $fromAI('${key}', \`${description}\`, '${type}') }}`;
const rl = (value) => ({ __rl: true, mode: 'id', value });
const budget = { postLimit: BUDGET.postLimit, postWindowSeconds: BUDGET.postWindowMs / 1000 };

/** The tools: node name, parameters, credential key in ctx.creds, and the $fromAI arguments expected. */
const TOOLS = [
	{
		name: 'Find employees',
		parameters: { resource: 'employee', operation: 'getAll', returnAll: false, filters: { fullTextName: fromAI('name_contains', 'Part of the employee\'s full name, for example a last name') } },
		args: { name_contains: 'string' },
		description: /^Get many employees in Factorial HR: list employees\. .* at most 20 unless /,
	},
	{
		name: 'Request time off',
		parameters: {
			resource: 'leave',
			operation: 'create',
			employeeId: rl(fromAI('employee_id', 'The ID of the employee taking time off (from Find employees)')),
			startOn: fromAI('start_date', 'First day off, as YYYY-MM-DD'),
			additionalFields: {
				finishOn: fromAI('end_date', 'Last day off (inclusive), as YYYY-MM-DD'),
				leaveTypeId: rl(fromAI('leave_type_id', 'The ID of the kind of leave (from List leave types)')),
			},
			options: budget,
		},
		args: { employee_id: 'string', start_date: 'string', end_date: 'string', leave_type_id: 'string' },
		description: /^Create a leave in Factorial HR: request time off for an employee\. Needs Employee \(an ID\); Start Date \(a date, YYYY-MM-DD\)\. Returns the new leave/,
	},
	{
		name: 'List leave types',
		parameters: { resource: 'leaveType', operation: 'getAll', returnAll: false },
		args: {},
		description: /^Get many leave types in Factorial HR: .*a leave's Leave Type takes one of these ids\.$/,
	},
	{
		name: 'Clock in',
		parameters: { resource: 'shift', operation: 'clockIn', additionalFields: { employeeId: rl(fromAI('employee_id', 'The ID of the employee who starts working')) }, options: budget },
		args: { employee_id: 'string' },
		description: /^Clock in an employee in Factorial HR: .*Returns the open shift/,
	},
	{
		// Fails on every call: Factorial does not know its API key.
		name: 'Get employee with revoked key',
		credential: 'badKey',
		parameters: { resource: 'employee', operation: 'get', employeeId: rl(fromAI('employee_id', 'The ID of the employee')) },
		args: { employee_id: 'string' },
		description: /^Get an employee in Factorial HR: /,
	},
];

function workflow(ctx) {
	const trigger = {
		id: 'mcp-trigger-id',
		name: TRIGGER,
		type: '@n8n/n8n-nodes-langchain.mcpTrigger',
		typeVersion: 2,
		position: [400, 0],
		webhookId: '2f0c8a51-7b1e-4c55-9a0e-5d3b8e61c7a4',
		parameters: { path: PATH },
	};
	const connections = {};
	const tools = TOOLS.map((tool, i) => {
		const credential = ctx.creds[tool.credential || 'apiKey'];
		connections[tool.name] = { ai_tool: [[{ node: TRIGGER, type: 'ai_tool', index: 0 }]] };
		return {
			id: `mcp-tool-${i}`,
			name: tool.name,
			type: 'n8n-nodes-factorial.factorialTool',
			typeVersion: 1,
			position: [i * 200, 250],
			parameters: { authentication: 'apiKey', ...tool.parameters },
			credentials: { factorialApi: { id: credential.id, name: credential.name } },
		};
	});
	return { id: ID, name: 'E2E 10: Factorial Tools over MCP', nodes: [trigger, ...tools], connections, settings: { executionOrder: 'v1' }, active: false };
}

const toolName = (name) => nodeNameToToolName({ name });

/** The client's view of the tools: names, descriptions, input schemas. */
function checkListing(listed) {
	assert.deepEqual(listed.map((t) => t.name).sort(), TOOLS.map((t) => toolName(t.name)).sort(), 'one MCP tool per Factorial Tool node');
	for (const tool of TOOLS) {
		const got = listed.find((t) => t.name === toolName(tool.name));
		assert.match(got.description, tool.description, `${got.name}: the operation's sentence`);
		const schema = got.inputSchema;
		assert.equal(schema.type, 'object');
		const properties = schema.properties || {};
		assert.deepEqual(
			Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.type])),
			tool.args,
			`${got.name}: exactly its $fromAI arguments, with their types`,
		);
		assert.deepEqual([...(schema.required || [])].sort(), Object.keys(tool.args).sort(), `${got.name}: every argument required`);
		for (const [key, property] of Object.entries(properties)) {
			assert.ok(property.description && property.description.length > 10, `${got.name}.${key} has a description`);
		}
	}
	const terminate = listed.find((t) => /CAUTION/.test(t.description));
	assert.equal(terminate, undefined, 'none of these tools is a write the model must confirm first');
}

module.exports = {
	title: '11. MCP Server Trigger with Factorial Tools: a real MCP client lists and calls them; bad argument and refused key answered clearly; 40 writes at once land once each',
	workflows: (ctx) => [workflow(ctx)],
	async run(ctx) {
		const { n8n, sb } = ctx;
		const notes = [];
		await n8n.start({ port: ctx.n8nPort });
		let client;
		const previous = await sb.control.config();
		try {
			await n8n.login();
			await publish(n8n, ID);
			const url = `${n8n.baseUrl}/mcp/${PATH}`;
			// Publishing returns before the trigger's webhook is registered in newer n8n (2.41).
			for (let tries = 0; ; tries++) {
				try {
					client = await mcp.connect(url);
					break;
				} catch (error) {
					if (tries > 60) throw error;
					await sleep(500);
				}
			}

			const { tools: listed } = await client.listTools();
			checkListing(listed);
			notes.push(`${listed.length} tools listed`);
			const call = (name, args) => mcp.call(client, toolName(name), args);

			// Employee Get Many: the employees whose name has the given text, the first 20 by default.
			const employees = await sb.control.state('employees');
			// Factorial's name search ignores accents ("Márquez" has "ar"): compared the same way.
			const named = (text) => employees.filter((e) => fold(e.full_name).includes(text));
			const text = ['ar', 'er', 'an', 'el'].sort((a, b) => named(b).length - named(a).length)[0];
			const matching = named(text);
			assert.ok(matching.length > 20, `more than 20 employees have "${text}" in their name (${matching.length})`);
			const found = await call('Find employees', { name_contains: text });
			assert.equal(found.isError, false, found.text);
			assert.ok(Array.isArray(found.data), found.text.slice(0, 300));
			assert.deepEqual(found.data.map((e) => e.id), matching.slice(0, 20).map((e) => e.id), 'the first 20 matching, in Factorial\'s order');
			notes.push(`Find employees "${text}": ${found.data.length} of ${matching.length} matching`);

			// Leave Type Get Many: every leave type (fewer than 20).
			const types = await call('List leave types', {});
			assert.equal(types.isError, false, types.text);
			const stored = await sb.control.state('leave_types');
			assert.deepEqual(types.data.map((t) => t.id).sort(), stored.map((t) => t.id).sort());
			const vacation = types.data.find((t) => t.identifier === 'vacation');
			assert.ok(vacation, 'the vacation leave type is listed');

			// Leave Create: the leave is in Factorial as asked.
			const active = employees.filter((e) => e.terminated_on == null);
			const someone = active[7];
			const leave = await call('Request time off', { employee_id: String(someone.id), start_date: '2027-02-01', end_date: '2027-02-05', leave_type_id: String(vacation.id) });
			assert.equal(leave.isError, false, leave.text);
			assert.ok(Array.isArray(leave.data) && leave.data.length === 1 && leave.data[0].id, leave.text);
			const held = (await sb.control.state('leaves')).find((l) => l.id === leave.data[0].id);
			assert.deepEqual(
				[held.employee_id, held.start_on, held.finish_on, held.leave_type_id],
				[String(someone.id), '2027-02-01', '2027-02-05', String(vacation.id)],
			);

			// Shift Clock In: an open shift for that employee.
			const worker = active[8];
			const clocked = await call('Clock in', { employee_id: String(worker.id) });
			assert.equal(clocked.isError, false, clocked.text);
			const shift = (await sb.control.state('shifts')).find((s) => s.id === clocked.data[0].id);
			assert.equal(shift.employee_id, String(worker.id));
			assert.equal(shift.clock_out, null, 'the shift is open');

			// A bad argument: the answer names the argument and the problem; nothing is sent.
			let mark = await sb.control.mark();
			const bad = await call('Request time off', { employee_id: String(someone.id), start_date: 'next tuesday', end_date: '2027-02-05', leave_type_id: String(vacation.id) });
			const [badAnswer] = bad.data;
			assert.equal(badAnswer.argument, 'start_date', bad.text);
			assert.match(badAnswer.error, /^"Start Date" .*next tuesday/, bad.text);
			assert.equal(badAnswer.mayHaveBeenApplied, false);
			assert.match(badAnswer.hint, /Correct this argument/);
			assert.deepEqual((await sb.control.log(mark)).filter((e) => e.path.startsWith('/api/')), [], 'nothing sent to Factorial');
			notes.push(`bad argument → ${JSON.stringify(badAnswer.error)}`);

			// A missing argument: n8n's schema check refuses the call, naming it.
			const missing = await call('Request time off', { employee_id: String(someone.id), end_date: '2027-02-05', leave_type_id: String(vacation.id) });
			assert.equal(missing.isError, true, missing.text);
			assert.match(missing.text, /start_date/);

			// The tool that fails: Factorial refuses its key. A clear answer, and no secret in it.
			const refused = await call('Get employee with revoked key', { employee_id: String(someone.id) });
			const [refusal] = refused.data;
			assert.equal(refusal.httpCode, '401', refused.text);
			assert.ok(refusal.error.length > 10, refused.text);
			assert.equal(refusal.mayHaveBeenApplied, false);
			assert.ok(!refused.text.includes('sbx-secret-'), 'no key in the answer');
			notes.push(`revoked key → ${JSON.stringify(refusal.error)}`);
			ctx.outputs.push({ source: 'MCP answers (scenario 10)', text: [found, types, leave, clocked, bad, missing, refused].map((r) => r.text).join('\n') });

			// Many writes at once: 30 leaves and 10 clock ins, all sent together, against 10 POSTs per 3 s.
			await sb.control.configure(BUDGET);
			const before = await sb.control.stats();
			mark = await sb.control.mark();
			const burst = [
				...active.slice(20, 20 + WRITES.leaves).map((e, i) => ({
					tool: 'Request time off',
					args: { employee_id: String(e.id), start_date: `2027-03-${String(i + 1).padStart(2, '0')}`, end_date: `2027-03-${String(i + 1).padStart(2, '0')}`, leave_type_id: String(vacation.id) },
				})),
				...active.slice(60, 60 + WRITES.clockIns).map((e) => ({ tool: 'Clock in', args: { employee_id: String(e.id) } })),
			];
			const answers = await Promise.all(burst.map((b) => call(b.tool, b.args)));
			const after = await sb.control.stats();
			const failures = answers.filter((a) => a.isError || a.data.some((d) => d.error !== undefined));
			assert.deepEqual(failures.map((a) => a.text), [], 'every write answered with its record');
			// Structurally, not by the digits 429 anywhere in the text: a record's id or time may hold them.
			const throttled = answers.filter((a) => a.data.some((d) => d.httpCode === 429 || d.httpCode === '429') || /Too Many Requests/i.test(a.text));
			assert.deepEqual(throttled.map((a) => a.text), [], 'no 429 reached the model');
			const leaves = await sb.control.state('leaves');
			const shifts = await sb.control.state('shifts');
			for (const [i, b] of burst.entries()) {
				const id = answers[i].data[0].id;
				if (b.tool === 'Request time off') {
					const mine = leaves.filter((l) => l.employee_id === b.args.employee_id && l.start_on === b.args.start_date);
					assert.deepEqual(mine.map((l) => l.id), [id], `one leave for ${b.args.employee_id} on ${b.args.start_date}`);
				} else {
					const open = shifts.filter((s) => s.employee_id === b.args.employee_id && s.clock_out == null);
					assert.deepEqual(open.map((s) => s.id), [id], `one open shift for ${b.args.employee_id}`);
				}
			}
			const accepted = (await sb.control.log(mark)).filter((e) => e.method === 'POST' && e.path.startsWith('/api/') && e.status < 300);
			assert.equal(accepted.length, burst.length, 'one accepted POST per write');
			assert.equal(after.duplicates - before.duplicates, 0, 'no write applied twice');
			const rejected = after.posts.rejected429 - before.posts.rejected429;
			// Sent unpaced, 30 of the 40 would be refused at once; the tools share the credential's budget.
			// (A 429 or two can still happen: n8n counts when it sends, the sandbox when a POST arrives.)
			assert.ok(rejected < 10, `the shared POST budget paced the burst (${rejected} answered 429)`);
			notes.push(`${burst.length} writes at once vs ${BUDGET.postLimit} POSTs / ${BUDGET.postWindowMs / 1000} s: all applied once, ${rejected} answered 429 by the sandbox and retried, none surfaced`);

			// n8n's execution log has the tool calls (what an admin audits).
			const logged = await executions(n8n, ID);
			assert.ok(logged.length > 0, 'the tool calls are in n8n\'s execution log');
			notes.push(`${logged.length} executions logged`);

			await client.close();
			client = undefined;
			await unpublish(n8n, ID);
			return notes.join('; ');
		} finally {
			await sb.control.configure({ postLimit: previous.postLimit, postWindowMs: previous.postWindowMs });
			if (client) await client.close().catch(() => {});
			await n8n.stop();
		}
	},
};
