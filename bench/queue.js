'use strict';
// 6. n8n's queue mode: the e2e scenario test/e2e/scenarios/queue-mode.js (Redis and Postgres from
// Debian's packages, one main n8n and 3 workers, 3 × 600 Shift Clock In on one API key started
// together, 200 POSTs per 6 s), run here to record its figures. The e2e suite asserts the same
// targets on every CI run.
const { n8n } = require('./lib/n8n');
const scenario = require('../test/e2e/scenarios/queue-mode');

async function run({ log }) {
	const app = await n8n();
	const r = await scenario.measure(app);
	log(`  ${scenario.describe(r)}`);
	return {
		...r,
		met: {
			noLoss: r.lost === 0 && r.perExecution.every((e) => e.status === 'success' && e.errors.length === 0),
			noneTwice: r.appliedTwice === 0 && r.duplicates === 0,
			utilisation: r.utilisation >= r.targets.utilisation,
			fraction429: r.fraction429 <= r.targets.fraction429,
			ownWorkers: new Set(r.ranOn.flat()).size === r.executions,
			limitHeld: r.maxInAnyWindow <= r.limit,
		},
	};
}

module.exports = { name: 'queue', title: 'Queue mode: three workers on one credential', run };
