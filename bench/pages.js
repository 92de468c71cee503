'use strict';
// 2. Get Many vs a raw client: Employee → Get Many with Return All over 20,000 seeded employees,
// against a plain undici loop paging the same sandbox. Each side runs in its own child process,
// alternately, ROUNDS times; wall time is the median, memory the growth over a warmed-up baseline.
const { startSandbox } = require('../test/sandbox');
const { runChild } = require('./lib/children');
const { median, round } = require('./lib/measure');

const EMPLOYEES = 20000;
const ROUNDS = 5;
const SETTLE_MS = 8000; // how long after the run the node's held memory is looked at again
const TARGETS = { timeRatio: 1.15, memoryOfJson: 2 };

async function run({ log }) {
	const sb = await startSandbox({ employees: EMPLOYEES, logLimit: 1000 });
	try {
		const base = { url: sb.url, fixtures: sb.fixtures };
		const parameters = { resource: 'employee', operation: 'getAll', returnAll: true, filters: {} };
		const node = [];
		const raw = [];
		for (let round = 1; round <= ROUNDS; round++) {
			sb.resetStats();
			const n = await runChild('node', { ...base, parameters, items: [{ json: {} }], countJson: round === 1, settle: round === 1 ? SETTLE_MS : 0, warmup: { parameters: { ...parameters, returnAll: false, limit: 10 }, items: [{ json: {} }] } });
			n.connections = sb.state.stats.connections;
			node.push(n);
			log(`  round ${round}: node ${Math.round(n.ms)} ms, ${n.items} items`);
			sb.resetStats();
			const r = await runChild('raw', { url: sb.url, apiKey: sb.fixtures.apiKey, mode: 'pages' });
			r.connections = sb.state.stats.connections;
			raw.push(r);
			log(`  round ${round}: raw  ${Math.round(r.ms)} ms, ${r.items} records, ${r.requests} requests`);
		}
		const pick = (runs, key) => median(runs.map((x) => x[key]));
		const result = {
			employees: EMPLOYEES,
			rounds: ROUNDS,
			pageSize: 100,
			requests: raw[0].requests,
			// The bytes of every page body the raw client received, and of the records alone.
			responseBytes: raw[0].responseBytes,
			recordsJsonBytes: node[0].jsonBytes,
			node: { ms: pick(node, 'ms'), peakJsBytes: pick(node, 'peakJsBytes'), peakRssBytes: pick(node, 'peakRssBytes'), retainedJsBytes: pick(node, 'retainedJsBytes'), droppedJsBytes: node[0].droppedJsBytes, settledJsBytes: node[0].settledJsBytes, settleMs: SETTLE_MS, connections: node[0].connections, items: node[0].items, errors: node[0].errors, allMs: node.map((x) => round(x.ms, 0)) },
			raw: { ms: pick(raw, 'ms'), peakJsBytes: pick(raw, 'peakJsBytes'), peakRssBytes: pick(raw, 'peakRssBytes'), retainedJsBytes: pick(raw, 'retainedJsBytes'), connections: raw[0].connections, items: raw[0].items, allMs: raw.map((x) => round(x.ms, 0)) },
			targets: TARGETS,
		};
		result.timeRatio = result.node.ms / result.raw.ms;
		result.nodePeakOfJson = result.node.peakJsBytes / result.responseBytes;
		result.rawPeakOfJson = result.raw.peakJsBytes / result.responseBytes;
		result.met = {
			time: result.timeRatio <= TARGETS.timeRatio,
			memory: result.nodePeakOfJson <= TARGETS.memoryOfJson,
			complete: result.node.items === EMPLOYEES && result.raw.items === EMPLOYEES && result.node.errors === 0,
		};
		return result;
	} finally {
		await sb.close();
	}
}

module.exports = { name: 'pages', title: 'Get Many vs a raw client', run };
