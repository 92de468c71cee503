'use strict';
// 7. The n8n editor in headless Chromium: what a no-code user sees and does. One fresh n8n (its own user
// folder with the packed package installed, nothing imported) started once, one browser signed in
// through the sign-in page; the scenarios below then run in order on that same editor and share `b`.
// Adding a scenario (e.g. the Trigger node's) is one file in ./scenarios exporting { title, run(b) },
// listed in SCENARIOS.
const { N8n, OWNER } = require('../lib/n8n');
const proc = require('../lib/proc');
const { launch } = require('./chromium');
const { Editor } = require('./editor');

const SCENARIOS = [require('./scenarios/canvas'), require('./scenarios/oauth-connect'), require('./scenarios/trigger')];

const TITLE = '7. Browser: the n8n editor in Chromium, as a user sees it (nodes panel, icon, parameters, output, credentials, OAuth connect, Trigger publish)';

/** Starts n8n and Chromium, signs in. Returns the shared state `b` the scenarios receive. */
async function prepare(ctx) {
	const started = Date.now();
	const b = { sb: ctx.sb, timings: [] };
	try {
		b.n8n = await N8n.create();
		b.timings.push({ what: 'browser: pack + npm install into a fresh user folder', ms: Date.now() - started });
		const port = await proc.freePort();
		// The OAuth application in "Factorial" must know this n8n's callback, as a real one would.
		b.oauthClient = await ctx.sb.control.oauthClient([`http://127.0.0.1:${port}/rest/oauth2-credential/callback`]);
		await b.n8n.start({ port });
		await b.n8n.login(); // sets up the owner; the browser signs in on its own below
		b.browser = await launch();
		b.context = b.browser.context;
		b.page = b.context.pages()[0] || (await b.context.newPage());
		b.page.setDefaultTimeout(20000);
		b.editor = new Editor(b.page, b.n8n.baseUrl);
		await b.editor.signIn(OWNER);
	} catch (error) {
		await finish(ctx, b, { failed: true });
		throw error;
	}
	b.timings.push({ what: 'browser: set-up in all (install, n8n start, Chromium, sign-in)', ms: Date.now() - started });
	return b;
}

/** Closes the browser, stops n8n; hands n8n's logs to the leak scan. */
async function finish(ctx, b, { failed }) {
	if (!b) return;
	if (b.browser) await b.browser.close();
	if (b.n8n) {
		await b.n8n.stop();
		ctx.outputs.push({ source: 'browser suite: n8n output and log files', text: b.n8n.allLogText() });
		const keep = failed || process.env.E2E_KEEP === '1';
		await b.n8n.dispose({ keep });
		if (keep) process.stderr.write(`# browser suite n8n user folder kept: ${b.n8n.userFolder}\n`);
		if (ctx.n8n) ctx.n8n.timings.push(...b.timings, ...b.n8n.timings.map((t) => ({ ...t, what: `browser: ${t.what}` })));
	}
}

module.exports = { title: TITLE, scenarios: SCENARIOS, prepare, finish };
