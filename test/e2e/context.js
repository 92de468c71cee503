'use strict';
// What every scenario shares: one sandbox, one n8n user folder with the packed package installed, the
// suite's credentials, and every workflow imported up front (one CLI call each instead of one per
// scenario: each n8n CLI call costs seconds).
const { N8n } = require('./lib/n8n');
const proc = require('./lib/proc');
const sandbox = require('./lib/sandbox');
const w = require('./lib/workflows');
const { runError } = require('./lib/run-data');

const CREDENTIAL_IDS = {
	apiKey: 'e2eApiKey',
	user: 'e2eUserOAuth', // already connected: holds the sandbox's fixture user token
	company: 'e2eCompanyOAuth', // not connected: scenario 3 connects it through n8n's OAuth flow
	userUnconnected: 'e2eUserConnect', // only asked for its authorize URL, to compare with the company one
	badKey: 'e2eBadApiKey', // scenario 6: secrets on the error paths
	deadUser: 'e2eDeadUserOAuth',
};

async function setUp() {
	const ctx = { outputs: [] };
	ctx.n8nPort = await proc.freePort(); // known before the sandbox starts: its OAuth client must accept n8n's callback
	ctx.sb = await sandbox.start({ n8nPort: ctx.n8nPort });
	try {
		const started = Date.now();
		ctx.n8n = await N8n.create();
		ctx.n8n.timings.push({ what: 'pack + npm install into user folder', ms: Date.now() - started });
		ctx.creds = credentials(ctx.sb);
		await ctx.n8n.importCredentials(Object.values(ctx.creds));
	} catch (error) {
		await tearDown(ctx, { failed: true }); // the sandbox's server would keep the process alive
		throw error;
	}
	/** Runs a workflow by id; keeps its output for the leak scan. */
	ctx.execute = async (id) => {
		const result = await ctx.n8n.execute(id);
		ctx.outputs.push({ source: `n8n execute --id=${id}`, text: result.stdout + result.stderr });
		return result.run;
	};
	ctx.runError = runError;
	return ctx;
}

function credentials(sb) {
	const f = sb.fixtures;
	const ids = CREDENTIAL_IDS;
	return {
		apiKey: w.apiKeyCredential(ids.apiKey, sb.url, f.apiKey),
		user: w.oauthCredential(ids.user, 'factorialOAuth2Api', sb.url, f.oauth, {
			access_token: f.userToken.access_token,
			refresh_token: f.userToken.refresh_token,
		}),
		company: w.oauthCredential(ids.company, 'factorialCompanyOAuth2Api', sb.url, f.oauth),
		userUnconnected: w.oauthCredential(ids.userUnconnected, 'factorialOAuth2Api', sb.url, f.oauth),
		// Marked like real secrets, but unknown to the sandbox: a 401, and a refresh that is refused.
		badKey: w.apiKeyCredential(ids.badKey, sb.url, 'sbx-secret-apikey-0000unknown0000'),
		deadUser: w.oauthCredential(ids.deadUser, 'factorialOAuth2Api', sb.url, f.oauth, {
			access_token: 'sbx-secret-at-0000unknown0000',
			refresh_token: 'sbx-secret-rt-0000unknown0000',
		}),
	};
}

async function tearDown(ctx, { failed }) {
	if (!ctx) return;
	// Keep the user folder (logs, database) when something failed, or when asked to.
	const keep = failed || process.env.E2E_KEEP === '1';
	if (ctx.n8n) {
		await ctx.n8n.dispose({ keep });
		if (keep) process.stderr.write(`# n8n user folder kept: ${ctx.n8n.userFolder} (logs/ holds everything n8n printed)\n`);
	}
	if (ctx.sb) await ctx.sb.close();
}

module.exports = { setUp, tearDown, CREDENTIAL_IDS };
