'use strict';
// 3. Independent reads: 1,000 items → Employee Get through the node (default Parallel Requests)
// vs the same requests one after another: the node with Parallel Requests 1, and a plain undici loop.
// The sandbox adds LATENCY_MS to every request, standing in for the network between n8n and Factorial
// (without it a local server answers in well under a millisecond and there is nothing to overlap).
const { startSandbox } = require('../test/sandbox');
const { runChild } = require('./lib/children');
const { rl } = require('../test/helpers/factorial');
const { DEFAULT_CONCURRENCY } = require('../dist/nodes/Factorial/engine/options');

const ITEMS = 1000;
const LATENCY_MS = 30;
const TARGET_SPEEDUP = 4;

async function run({ log }) {
	const sb = await startSandbox({ employees: ITEMS, latencyMs: LATENCY_MS, logLimit: 5000 });
	try {
		const ids = Array.from({ length: ITEMS }, (_, i) => String(i + 1));
		const items = ids.map((id) => ({ json: { id } }));
		const parameters = (concurrency) => ({
			resource: 'employee',
			operation: 'get',
			employeeId: rl('={{ $json.id }}'),
			options: concurrency ? { concurrency } : {},
		});
		const warmup = (concurrency) => ({ parameters: parameters(concurrency), items: items.slice(0, 5) });
		const base = { url: sb.url, fixtures: sb.fixtures };
		const measureOne = async (label, start) => {
			sb.resetStats();
			const r = await start();
			r.maxInFlight = sb.state.stats.maxInFlight;
			log(`  ${label}: ${Math.round(r.ms)} ms, ${r.items} items, ${r.errors} errors, at most ${r.maxInFlight} in flight`);
			return r;
		};
		const node = await measureOne(`node (default, Parallel Requests ${DEFAULT_CONCURRENCY})`, () => runChild('node', { ...base, parameters: parameters(), items, warmup: warmup() }));
		const nodeSequential = await measureOne('node, Parallel Requests 1', () => runChild('node', { ...base, parameters: parameters(1), items, warmup: warmup(1) }));
		const raw = await measureOne('raw undici loop, one after another', () => runChild('raw', { url: sb.url, apiKey: sb.fixtures.apiKey, mode: 'reads', ids }));
		const result = {
			items: ITEMS,
			concurrency: DEFAULT_CONCURRENCY,
			latencyMs: LATENCY_MS,
			node,
			nodeSequential,
			raw,
			speedupVsRaw: raw.ms / node.ms,
			speedupVsNodeSequential: nodeSequential.ms / node.ms,
			// CPU and n8n's HTTP stack per request, beyond the raw loop: what caps the gain of parallelism.
			nodeOverheadPerRequestMs: (nodeSequential.ms - raw.ms) / ITEMS,
			target: TARGET_SPEEDUP,
		};
		result.met = {
			speedup: result.speedupVsRaw >= TARGET_SPEEDUP,
			errors: node.errors === 0 && node.items === ITEMS,
			bounded: node.maxInFlight <= DEFAULT_CONCURRENCY,
		};
		return result;
	} finally {
		await sb.close();
	}
}

module.exports = { name: 'reads', title: 'Independent reads', run };
