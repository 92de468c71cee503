'use strict';
// End-to-end suite: the packed package inside a real n8n (N8N_VERSION, default the pinned 2.39.10; Node 24), driven through n8n's CLI
// and REST API against the local Factorial sandbox, then the editor itself in headless Chromium
// (browser/). `npm run test:e2e` builds first, then runs this file.
// Plain node:test, so the runner prints its usual summary (# pass / # fail) and exits non-zero on failure.
//
//   E2E_KEEP=1          keep the n8n user folder (database and logs) even when everything passes
//   E2E_ONLY=<text>     run only the scenarios whose title contains <text> (set-up and leak scan always run),
//                       e.g. E2E_ONLY=Browser for the browser suite, E2E_ONLY=7b for one of its scenarios
//   CHROMIUM_PATH       a Chromium other than /usr/bin/chromium
const { test, before, after } = require('node:test');
const { setUp, tearDown } = require('./context');

const scenarios = [
	require('./scenarios/api-key-pagination'),
	require('./scenarios/oauth-user-refresh'),
	require('./scenarios/oauth-company-connect'),
	require('./scenarios/bulk-create-post-limit'),
	require('./scenarios/continue-on-fail'),
	require('./scenarios/trigger'),
	require('./scenarios/polling-trigger'),
	require('./scenarios/document-spaces'),
	require('./scenarios/any-endpoint'),
	require('./scenarios/mcp-server-tools'),
	require('./scenarios/queue-mode'),
];
const examples = require('./scenarios/examples');
const browser = require('./browser');
const leakScan = require('./scenarios/no-secret-leak');

const only = process.env.E2E_ONLY;
const selected = (title) => !only || title.includes(only);
const MINUTE = 60000;

let ctx;
let failed = false;
const suiteStarted = Date.now();

before(
	async () => {
		ctx = await setUp();
		const chosen = [...scenarios, examples].filter((s) => selected(s.title));
		// A scenario may build its workflows asynchronously (scenario 10 asks the node for a mapper schema).
		const workflows = (await Promise.all([...chosen, leakScan].map((s) => s.workflows(ctx)))).flat();
		await ctx.n8n.importWorkflows(workflows);
	},
	{ timeout: 20 * MINUTE }, // a first run also installs n8n into the cache (~11 minutes)
);

after(async () => {
	await tearDown(ctx, { failed });
	if (ctx && ctx.n8n) {
		const lines = ctx.n8n.timings.map((t) => `#   ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.what}`);
		process.stderr.write(`# timings (suite ${((Date.now() - suiteStarted) / 1000).toFixed(0)} s):\n${lines.join('\n')}\n`);
	}
});

/** Its failure keeps the user folder for inspection; the summary it returns goes to the report. */
const noting = (fn) => async (t) => {
	try {
		const summary = await fn(t);
		if (summary) t.diagnostic(summary);
	} catch (error) {
		failed = true;
		throw error;
	}
};

const scenario = (title, fn) => test(title, { skip: !selected(title) && 'E2E_ONLY', timeout: 10 * MINUTE }, noting(fn));

for (const s of scenarios) scenario(s.title, () => s.run(ctx));

scenario(examples.title, async (t) => {
	await examples.prepare(ctx);
	for (const example of examples.examples()) {
		await t.test(`examples/${example.file}`, noting(() => examples.runOne(ctx, example)));
	}
});

// The editor in Chromium: its own fresh n8n, started once for all its scenarios (see browser/index.js).
// E2E_ONLY matches the group's title or one scenario's ("7b").
const browserChosen = (s) => selected(browser.title) || selected(s.title);
test(browser.title, { skip: !browser.scenarios.some(browserChosen) && 'E2E_ONLY', timeout: 10 * MINUTE }, async (t) => {
	let b;
	try {
		b = await browser.prepare(ctx);
		for (const s of browser.scenarios) {
			await t.test(s.title, { skip: !browserChosen(s) && 'E2E_ONLY' }, noting(() => s.run(b)));
		}
	} catch (error) {
		failed = true;
		throw error;
	} finally {
		await browser.finish(ctx, b, { failed });
	}
});

// Last: it reads everything n8n printed during the scenarios above.
test(leakScan.title, { timeout: MINUTE }, noting(() => leakScan.run(ctx)));
