'use strict';
// `npm run test:all`: the whole suite, exactly what CI runs (.ci/run). Lint, the unit tests, then the
// e2e suite once per n8n version we support (the pinned one and the newest that installs here; see
// N8N_TESTED_VERSIONS). Every step runs even when an earlier one failed, so one run shows everything
// that is wrong; the closing table says which step failed and how long each took.
//
//   FACTORIAL_E2E_CACHE=<folder>   install n8n into <folder> instead of ~/.cache/n8n-nodes-factorial
//                                  (point it at a new empty folder to prove the cold install)
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { N8N_TESTED_VERSIONS } = require('../test/e2e/lib/n8n-install');

const ROOT = path.resolve(__dirname, '..');

const steps = [
	{ name: 'Chromium for the browser tests', cmd: 'bash', args: ['scripts/ensure-chromium.sh'] },
	{ name: 'lint', cmd: 'npm', args: ['run', 'lint'] },
	{ name: 'unit tests', cmd: 'npm', args: ['test'] },
	...N8N_TESTED_VERSIONS.map((version) => ({
		name: `e2e in n8n ${version}`,
		cmd: 'npm',
		args: ['run', 'test:e2e'],
		env: { N8N_VERSION: version },
	})),
];

const results = [];
for (const step of steps) {
	process.stderr.write(`\n[test:all] ${step.name}\n`);
	const started = Date.now();
	const r = spawnSync(step.cmd, step.args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...step.env } });
	results.push({ name: step.name, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

process.stderr.write('\n[test:all] summary\n');
for (const r of results) process.stderr.write(`[test:all]   ${r.ok ? 'ok    ' : 'FAILED'} ${String(r.seconds).padStart(5)} s  ${r.name}\n`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
	process.stderr.write(`[test:all] ${failed.length} of ${results.length} steps failed: ${failed.map((r) => r.name).join(', ')}\n`);
	process.exit(1);
}
