'use strict';
// Prepares a bare Node process so n8n-core's execution machinery can run in it.
//
// n8n-core pulls its services from the @n8n/di Container. Every one it needs on the paths the
// harness exercises (InstanceSettings, Logger, OutboundHttp + SsrfProtectionService + their
// configs, LockService for the OAuth2 refresh lease, ErrorReporter) is an @Service/@Config class
// that the Container builds on its own from environment variables. So nothing is faked here:
// we only choose the environment those real services read, before the first Container.get().
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let ready = false;

function addNoProxy(hosts) {
	// n8n's outbound stack honours HTTP(S)_PROXY; a developer's proxy must not swallow the
	// requests the tests send to their own 127.0.0.1 server.
	if (!process.env.HTTP_PROXY && !process.env.HTTPS_PROXY && !process.env.http_proxy && !process.env.https_proxy) return;
	const current = process.env.NO_PROXY ?? process.env.no_proxy ?? '';
	const list = current.split(',').map((h) => h.trim()).filter(Boolean);
	for (const h of hosts) if (!list.includes(h)) list.push(h);
	process.env.NO_PROXY = list.join(',');
}

function bootstrap() {
	if (ready) return;
	ready = true;

	// InstanceSettings (built for every node context) creates `<N8N_USER_FOLDER>/.n8n/config`
	// holding an encryption key. Keep that out of the developer's home directory.
	if (!process.env.N8N_USER_FOLDER) {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-harness-'));
		process.env.N8N_USER_FOLDER = dir;
		process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
	}
	// Quiet by default; N8N_LOG_LEVEL=debug shows n8n's own logs (e.g. "OAuth2 token ... expired").
	process.env.N8N_LOG_LEVEL ??= 'silent';
	addNoProxy(['127.0.0.1', 'localhost']);

	// Expression engine: n8n 2.x servers default to N8N_EXPRESSION_ENGINE=vm, which evaluates
	// expressions in isolated-vm, a native addon (not built here: installed with
	// --ignore-scripts, and its prebuilds target newer Node). n8n-workflow's Expression class
	// itself defaults to the 'legacy' engine (in-process tournament evaluator, the engine n8n
	// 1.x used and still ships as N8N_EXPRESSION_ENGINE=legacy) until
	// Expression.initExpressionEngine() is called. We never call it, so expressions such as
	// '={{$credentials.apiKey}}' and '={{$self["baseUrl"]}}' go through the same
	// WorkflowExpression/WorkflowDataProxy code, evaluated by the legacy engine.
	const { Expression } = require('n8n-workflow');
	Expression.setExpressionEngine('legacy');

	const { Container } = require('@n8n/di');
	const { SsrfProtectionConfig } = require('@n8n/config');
	// n8n's default is SSRF protection off (N8N_SSRF_PROTECTION_ENABLED=false). Pin it off so a
	// developer's environment cannot make OutboundHttp block the loopback test server.
	Container.get(SsrfProtectionConfig).enabled = false;
}

module.exports = { bootstrap };
