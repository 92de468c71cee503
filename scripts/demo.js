'use strict';
// `npm run dev`: the package as a user gets it, in a real n8n, against the local Factorial sandbox.
// Starts the sandbox (port 4010 if free), installs the packed package into a demo n8n user folder kept
// in the cache (your workflows survive restarts; `--fresh` uses a throwaway one), imports credentials
// that point at the sandbox plus every workflow in examples/, and starts n8n. Ctrl-C stops both.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { cacheRoot } = require('../test/e2e/lib/n8n-install');
const { N8n, OWNER } = require('../test/e2e/lib/n8n');
const proc = require('../test/e2e/lib/proc');
const sandbox = require('../test/e2e/lib/sandbox');
const w = require('../test/e2e/lib/workflows');

const EXAMPLES = path.resolve(__dirname, '..', 'examples');

/** `preferred` when nothing listens there, else any free port. */
async function portOr(preferred) {
	const free = await new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(preferred, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
	return free ? preferred : proc.freePort();
}

/** The ids the examples reference, so they run as imported. */
function demoCredentials(sb) {
	const f = sb.fixtures;
	const api = w.apiKeyCredential('factorialApiKey', sb.url, f.apiKey);
	api.name = 'Factorial API key';
	const user = w.oauthCredential('factorialOAuth2', 'factorialOAuth2Api', sb.url, f.oauth, {
		access_token: f.userToken.access_token,
		refresh_token: f.userToken.refresh_token,
	});
	user.name = 'Factorial OAuth2 (user)';
	const company = w.oauthCredential('factorialCompanyOAuth2', 'factorialCompanyOAuth2Api', sb.url, f.oauth);
	company.name = 'Factorial OAuth2 (company)';
	return [api, user, company];
}

async function main() {
	const fresh = process.argv.includes('--fresh');
	let stopping = false; // Ctrl-C: ../test/e2e/lib/proc stops n8n and exits; nothing to report then
	process.once('SIGINT', () => (stopping = true));
	process.once('SIGTERM', () => (stopping = true));
	const n8nPort = await portOr(5678);
	const sb = await sandbox.start({ port: await portOr(4010), n8nPort });
	const userFolder = fresh ? undefined : path.join(cacheRoot(), 'demo-user-folder');
	if (userFolder) fs.mkdirSync(userFolder, { recursive: true });
	console.log(`Installing the packed package into ${userFolder || 'a fresh user folder'} …`);
	const n8n = await N8n.create({ userFolder, logLevel: 'info' });
	// Re-imported on every start: the sandbox forgets the tokens n8n rotated in a previous session.
	await n8n.importCredentials(demoCredentials(sb));
	const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
	await n8n.importWorkflows(examples.map((f) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'))));
	console.log('Starting n8n …');
	await n8n.start({ port: n8nPort });
	await n8n.login();
	console.log(`
Factorial sandbox  ${sb.url}   (control API under /__sandbox/, e.g. ${sb.url}/__sandbox/log)
n8n editor         ${n8n.baseUrl}
  sign in as       ${OWNER.email} / ${OWNER.password}
  credentials      "Factorial API key", "Factorial OAuth2 (user)" (connected),
                   "Factorial OAuth2 (company)" (open it and click Connect: the sandbox approves at once)
  examples         ${examples.join(', ')}
  n8n log          ${n8n.logFile}

Ctrl-C stops n8n and the sandbox.`);
	const { code, signal } = await n8n.server.exited;
	if (stopping) return;
	console.error(`n8n exited (${signal || code}); stopping the sandbox.`);
	await sb.close();
	process.exit(1);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
