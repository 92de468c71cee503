'use strict';
// 10. n8n's queue mode (EXECUTIONS_MODE=queue): Redis for the queue, Postgres for the database, one main
// instance and 3 `n8n worker` processes (concurrency 1 each, so each execution runs in its own process
// with its own POST limiter). 3 workflows of 600 Shift Clock In items on one API key, started together
// through their production webhooks. Each worker believes it has the whole budget; together they must
// find their shares from Factorial's 429s: nothing lost, nothing applied twice, the budget used (≥ 90 %
// of the limit combined) with few 429s (≤ 5 % of POSTs).
// The scenario has its own sandbox (1,800 employees), at Factorial's 200 POSTs per minute time scaled
// 10× (200 per 6 s; Retry-After stays in whole seconds), so 1,800 POSTs take about a minute.
const assert = require('node:assert/strict');
const { N8n } = require('../lib/n8n');
const proc = require('../lib/proc');
const sandbox = require('../lib/sandbox');
const w = require('../lib/workflows');
const { startQueueServices } = require('../lib/queue-services');
const { publish, waitForExecutions, nodeOutput } = require('../lib/executions');
const { windowUtilisation, maxInAnyWindow, perWindow } = require('../../../bench/lib/measure');

const ITEMS = 600;
const EXECUTIONS = 3;
const WORKERS = 3;
const LIMIT = 200;
const WINDOW_MS = 6000;
const NODE = 'Clock in';
const NOW = '2026-10-01T09:00:00.000Z';
const TARGETS = { utilisation: 0.9, fraction429: 0.05 };
const CREDENTIAL_ID = 'e2eQueueApiKey';

const workflowId = (i) => `e2eQueueClockIn${i + 1}`;
const hookPath = (i) => `factorial-queue-clock-in-${i + 1}`;
const employeeIds = (i) => Array.from({ length: ITEMS }, (_, k) => String(i * ITEMS + k + 1));

function workflow(i, credential) {
	const rows = employeeIds(i).map((id) => ({ employee_id: id, now: NOW }));
	const webhook = {
		id: `queue-hook-${i + 1}`,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: `5f1c7a0e-9d2b-4c3e-8a61-00000000000${i + 1}`,
		parameters: { httpMethod: 'POST', path: hookPath(i), responseMode: 'onReceived', options: {} },
	};
	return w.chain(workflowId(i), `E2E 10: queue mode, ${ITEMS} clock-ins (${i + 1} of ${EXECUTIONS})`, [
		webhook,
		...w.itemsFrom(rows, 'Clock-ins'),
		w.factorial(
			NODE,
			{
				resource: 'shift',
				operation: 'clockIn',
				now: '={{ $json.now }}',
				additionalFields: { employeeId: { __rl: true, mode: 'id', value: '={{ $json.employee_id }}' } },
				options: { postLimit: LIMIT, postWindowSeconds: WINDOW_MS / 1000 },
			},
			{ credential },
		),
	]);
}

/** `n8n worker` with the queue's settings; resolves once it says it is ready. */
async function startWorker(n8n, index, record) {
	const env = {
		...n8n.env,
		N8N_RUNNERS_BROKER_PORT: String(await proc.freePort()),
		QUEUE_HEALTH_CHECK_PORT: String(await proc.freePort()),
		N8N_PORT: String(await proc.freePort()),
	};
	const worker = { index, output: '' };
	worker.child = proc.spawnTracked(n8n.nodeBin, [n8n.n8nBin, 'worker', '--concurrency=1'], {
		env,
		cwd: n8n.userFolder,
		onOutput: (text) => {
			worker.output += text;
			record(text);
		},
	});
	const started = Date.now();
	while (!worker.output.includes('n8n worker is now ready')) {
		if (worker.child.exitCode !== null) throw new Error(`n8n worker ${index} exited early:\n${proc.tail(worker.output)}`);
		if (Date.now() - started > 120000) throw new Error(`n8n worker ${index} not ready after 120 s:\n${proc.tail(worker.output)}`);
		await new Promise((r) => setTimeout(r, 250));
	}
	return worker;
}

async function run(ctx) {
	const sb = await sandbox.start({ employees: EXECUTIONS * ITEMS + 10, postLimit: LIMIT, postWindowMs: WINDOW_MS, logLimit: 100000 });
	const credential = w.apiKeyCredential(CREDENTIAL_ID, sb.url, sb.fixtures.apiKey);
	const record = (text) => ctx.n8n.record(null, text);
	let services;
	let n8n;
	const workers = [];
	try {
		let t = Date.now();
		services = await startQueueServices({ onOutput: record });
		ctx.n8n.timings.push({ what: 'queue mode: Redis + Postgres started', ms: Date.now() - t });
		// The suite's user folder (the package is installed there) with the queue's database instead of SQLite.
		n8n = await N8n.create({ userFolder: ctx.n8n.userFolder, install: false });
		Object.assign(n8n.env, services.env, { N8N_LOG_LEVEL: 'info' });
		n8n.record = (header, text) => ctx.n8n.record(header, text);
		t = Date.now();
		await n8n.importCredentials([credential]);
		await n8n.importWorkflows(Array.from({ length: EXECUTIONS }, (_, i) => workflow(i, credential)));
		ctx.n8n.timings.push({ what: 'queue mode: Postgres migrations + imports', ms: Date.now() - t });
		t = Date.now();
		await n8n.start();
		await n8n.login();
		for (let i = 0; i < EXECUTIONS; i++) await publish(n8n, workflowId(i));
		for (let i = 0; i < WORKERS; i++) workers.push(await startWorker(n8n, i + 1, record));
		ctx.n8n.timings.push({ what: `queue mode: main + ${WORKERS} workers ready`, ms: Date.now() - t });

		const mark = sb.state.log.seq;
		const started = Date.now();
		const answers = await Promise.all(
			Array.from({ length: EXECUTIONS }, (_, i) => fetch(`${n8n.baseUrl}/webhook/${hookPath(i)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })),
		);
		assert.deepEqual(answers.map((a) => a.status), Array(EXECUTIONS).fill(200), 'every webhook call was accepted');
		const runs = [];
		for (let i = 0; i < EXECUTIONS; i++) runs.push((await waitForExecutions(n8n, workflowId(i), 1, 8 * 60000))[0]);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);

		// Each execution ran on a worker, not in the main process, and on a worker of its own.
		const ranOn = runs.map((r) => workers.filter((wk) => wk.output.includes(`Worker started execution ${r.id} `)).map((wk) => wk.index));
		assert.ok(ranOn.every((on) => on.length === 1), `every execution ran on one worker (workers per execution: ${JSON.stringify(ranOn)})`);
		assert.equal(new Set(ranOn.flat()).size, EXECUTIONS, `the executions ran on ${EXECUTIONS} different workers (${JSON.stringify(ranOn)})`);

		for (const [i, r] of runs.entries()) {
			assert.equal(r.status, 'success', `execution ${i + 1} (${r.id}) ended ${r.status}`);
			const { items } = await nodeOutput(n8n, r.id, NODE);
			assert.equal(items.length, ITEMS, `execution ${i + 1}: one output item per input item`);
			assert.deepEqual(items.filter((item) => item.error !== undefined).map((item) => item.error), [], `execution ${i + 1}: no failed items`);
			assert.deepEqual(items.map((item) => String(item.employee_id)), employeeIds(i), `execution ${i + 1}: items line up with the input`);
		}

		// Nothing lost, nothing applied twice: one open shift per employee, one application per write.
		const shifts = sb.records('shifts').filter((s) => s.date === NOW.slice(0, 10) && s.clock_in !== null);
		const perEmployee = new Map();
		for (const s of shifts) perEmployee.set(s.employee_id, (perEmployee.get(s.employee_id) || 0) + 1);
		const all = Array.from({ length: EXECUTIONS }, (_, i) => employeeIds(i)).flat();
		const lost = all.filter((id) => !perEmployee.has(id));
		const twice = all.filter((id) => perEmployee.get(id) > 1);
		assert.deepEqual(lost, [], 'no clock-in lost');
		assert.deepEqual(twice, [], 'no clock-in applied twice');
		const writes = await sb.control.stats();
		assert.equal(writes.duplicates, 0, 'the sandbox applied no write twice');

		const posts = sb.state.log.since(mark).filter((e) => e.method === 'POST' && e.auth && e.auth.credentialId === sb.fixtures.credentialIds.apiKey);
		const accepted = posts.filter((e) => e.window && e.window.accepted).map((e) => e.window.at);
		const answered429 = posts.filter((e) => e.status === 429).length;
		const utilisation = windowUtilisation(accepted, LIMIT, WINDOW_MS).fraction;
		const fraction429 = answered429 / posts.length;
		const summary = {
			executions: EXECUTIONS,
			workers: WORKERS,
			items: ITEMS,
			limit: LIMIT,
			windowMs: WINDOW_MS,
			seconds: Number(seconds),
			postsSent: posts.length,
			accepted: accepted.length,
			answered429,
			fraction429,
			utilisation,
			perWindow: perWindow(accepted, WINDOW_MS),
			maxInAnyWindow: maxInAnyWindow(accepted, WINDOW_MS),
			lost: lost.length,
			duplicates: writes.duplicates,
		};
		const line = `${EXECUTIONS} × ${ITEMS} clock-ins on ${WORKERS} workers in ${seconds} s: ${lost.length} lost, ${writes.duplicates} applied twice, ${answered429} of ${posts.length} POSTs answered 429 (${(fraction429 * 100).toFixed(1)} %), ${(utilisation * 100).toFixed(1)} % of the limit combined, accepted per window ${summary.perWindow.join('/')}; ${JSON.stringify(summary)}`;
		process.stderr.write(`# queue mode: ${line}\n`);
		assert.equal(accepted.length, EXECUTIONS * ITEMS, 'exactly one accepted POST per item');
		assert.ok(summary.maxInAnyWindow <= LIMIT, `at most ${LIMIT} accepted in any window (saw ${summary.maxInAnyWindow})`);
		assert.ok(fraction429 <= TARGETS.fraction429, `at most ${TARGETS.fraction429 * 100} % of POSTs answered 429 (${answered429} of ${posts.length})`);
		assert.ok(utilisation >= TARGETS.utilisation, `combined POST rate ≥ ${TARGETS.utilisation * 100} % of the limit (${(utilisation * 100).toFixed(1)} %)`);
		return line;
	} finally {
		for (const worker of workers) await proc.stop(worker.child);
		if (n8n) await n8n.stop();
		if (services) await services.stop();
		await sb.close();
	}
}

module.exports = {
	title: `10. Queue mode (Redis, Postgres, ${WORKERS} workers): ${EXECUTIONS} × ${ITEMS} Clock In on one credential at ${LIMIT} POSTs per ${WINDOW_MS / 1000} s: none lost or applied twice, ≥ ${TARGETS.utilisation * 100} % of the limit, ≤ ${TARGETS.fraction429 * 100} % answered 429`,
	workflows: () => [],
	run,
};
