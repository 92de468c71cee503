'use strict';
// 6. n8n's queue mode: the e2e scenario test/e2e/scenarios/queue-mode.js (Redis and Postgres from
// Debian's packages, one main n8n and 3 workers, 3 × 600 Shift Clock In on one API key started
// together, 200 POSTs per 6 s), run here to record its figures. The e2e suite asserts the same
// targets on every CI run.
const { n8n } = require('./lib/n8n');
const scenario = require('../test/e2e/scenarios/queue-mode');

// One run's combined rate moves by a few points with how the three executions happen to start, so
// the comparison runs it several times and shows every run; a target counts as met only if every
// run met it.
const RUNS = 5;

function metBy(r) {
	return {
		noLoss: r.lost === 0 && r.perExecution.every((e) => e.status === 'success' && e.errors.length === 0),
		noneTwice: r.appliedTwice === 0 && r.duplicates === 0,
		utilisation: r.utilisation >= r.targets.utilisation,
		fraction429: r.fraction429 <= r.targets.fraction429,
		ownWorkers: new Set(r.ranOn.flat()).size === r.executions,
		limitHeld: r.maxInAnyWindow <= r.limit,
	};
}

async function run({ log }) {
	const app = await n8n();
	const runs = [];
	for (let i = 1; i <= RUNS; i++) {
		const r = await scenario.measure(app);
		log(`  run ${i} of ${RUNS}: ${scenario.describe(r)}`);
		runs.push({ ...r, met: metBy(r) });
	}
	// The detailed account is of the run with the lowest combined rate.
	const lowest = runs.reduce((low, r) => (r.utilisation < low.utilisation ? r : low));
	const met = Object.fromEntries(Object.keys(lowest.met).map((key) => [key, runs.every((r) => r.met[key])]));
	return { ...lowest, runs: runs.map(({ perExecution, ranOn, ...rest }) => rest), met };
}

module.exports = { name: 'queue', title: 'Queue mode: three workers on one credential', run };
