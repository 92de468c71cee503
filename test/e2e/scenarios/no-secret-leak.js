'use strict';
// 6. No secret leaks: every secret the sandbox hands out carries the marker "sbx-secret-" (API key,
// client secret, access and refresh tokens, authorization codes, the rotated ones too). None may appear
// in anything n8n printed during the whole suite, in its own log file, or in any execution's output.
// The error paths are where a secret is most likely to slip into a message, so this scenario first runs
// two failing calls (an unknown API key, an OAuth credential whose refresh is refused), then scans.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeItems } = require('../lib/run-data');

const MARKER = /sbx-secret-[\w-]{0,8}/g; // the marker and a few characters: enough to tell which secret, not all of it
const ID = 'e2eErrorPaths';
const BAD_KEY = 'Unknown API key';
const DEAD_TOKEN = 'Refused refresh';

/** [{ source, line, excerpt }] for every marker found; the excerpt shows the context, not the secret. */
function findLeaks(source, text) {
	const leaks = [];
	text.split('\n').forEach((line, i) => {
		for (const m of line.matchAll(MARKER)) {
			const from = Math.max(0, m.index - 80);
			leaks.push({ source, line: i + 1, excerpt: `${line.slice(from, m.index)}<${m[0]}…>`.trim() });
		}
	});
	return leaks;
}

function errorPathsWorkflow(ctx) {
	const get = { resource: 'employee', operation: 'get', employeeId: w.rl(ctx.sb.fixtures.employeeId) };
	const onError = { settings: { onError: 'continueRegularOutput' } };
	const start = w.manualTrigger();
	const nodes = [
		start,
		w.factorial(BAD_KEY, get, { credential: ctx.creds.badKey, ...onError }),
		w.factorial(DEAD_TOKEN, get, { authentication: 'oAuth2', credential: ctx.creds.deadUser, ...onError }),
	];
	const wf = w.chain(ID, 'E2E 6: error paths carrying secrets', nodes);
	// Both nodes hang off the trigger, side by side.
	wf.connections = { [start.name]: { main: [nodes.slice(1).map((n) => ({ node: n.name, type: 'main', index: 0 }))] } };
	return wf;
}

module.exports = {
	title: '6. No secret (API key, tokens, client secret) in any node output, error or n8n log line',
	findLeaks,
	workflows: (ctx) => [errorPathsWorkflow(ctx)],
	async run(ctx) {
		const { fixtures, control } = ctx.sb;
		const mark = await control.mark();
		const run = await ctx.execute(ID);
		const errors = [BAD_KEY, DEAD_TOKEN].map((name) => {
			const [item] = nodeItems(run, name);
			assert.equal(typeof item.json.error, 'string', `${name}: an error item, got ${JSON.stringify(item.json).slice(0, 200)}`);
			return `${name}: "${item.json.error}"`;
		});
		const log = await control.log(mark);
		assert.ok(log.some((e) => e.status === 401 && e.auth.kind === 'none'), 'the unknown key and token reached the sandbox and got 401');
		assert.ok(log.some((e) => e.path === '/oauth/token' && e.status === 400), 'the refresh with the unknown refresh token was refused');

		const known = [fixtures.apiKey, fixtures.oauth.clientSecret, fixtures.userToken.access_token, fixtures.userToken.refresh_token, fixtures.companyToken.access_token];
		assert.ok(known.every((s) => s.startsWith('sbx-secret-')), 'the sandbox marks every fixture secret');
		assert.equal(findLeaks('canary', known.join('\n')).length, known.length, 'the scan finds each of them');

		const texts = [...ctx.outputs, { source: 'n8n output and log files', text: ctx.n8n.allLogText() }];
		const leaks = texts.flatMap(({ source, text }) => findLeaks(source, text));
		assert.deepEqual(leaks, [], 'no secret in n8n output');
		const bytes = texts.reduce((n, t) => n + t.text.length, 0);
		assert.ok(ctx.outputs.length > 0 && bytes > 10000, 'the scan had real output to read');
		return `${errors.join('; ')}; ${ctx.outputs.length} execution outputs and ${Math.round(bytes / 1024)} KiB of n8n output and logs scanned`;
	},
};
