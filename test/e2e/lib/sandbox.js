'use strict';
// The local Factorial (test/sandbox, see its CONTRACT.md) as the suite and the demo use it: started
// in-process, and read back through its /__sandbox/ control API, the same view an outside process gets.
const { startSandbox } = require('../../sandbox');

/** Starts the sandbox; `n8nPort` registers n8n's OAuth callback on that port as a redirect URI. */
async function start({ n8nPort, ...options } = {}) {
	const redirectUris = n8nPort
		? [`http://127.0.0.1:${n8nPort}/rest/oauth2-credential/callback`, `http://localhost:${n8nPort}/rest/oauth2-credential/callback`]
		: undefined;
	const sb = await startSandbox({ ...options, ...(redirectUris ? { redirectUris } : {}) });
	return Object.assign(sb, { control: control(sb.url) });
}

function control(url) {
	async function call(method, path, body) {
		const res = await fetch(`${url}/__sandbox/${path}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const json = await res.json();
		if (!res.ok) throw new Error(`sandbox ${method} /__sandbox/${path}: ${res.status} ${JSON.stringify(json)}`);
		return json;
	}
	return {
		/** The sequence number of the newest log entry: pass it to log() to see only what came after. */
		mark: async () => (await call('GET', 'stats')).log.lastSeq,
		log: (since = 0) => call('GET', `log?since=${since}`),
		stats: () => call('GET', 'stats'),
		oauth: () => call('GET', 'oauth'),
		state: (collection) => call('GET', `state/${collection}`),
		config: () => call('GET', 'config'),
		configure: (changes) => call('POST', 'config', changes),
		expireTokens: () => call('POST', 'expire-tokens'),
		/** Delivers `payload` to every enabled subscription of `type`, as Factorial does; → { deliveries }. */
		emit: (type, payload) => call('POST', 'webhooks/emit', { subscription_type: type, payload }),
		deliveries: (since = 0) => call('GET', `webhooks/deliveries?since=${since}`),
		file: (documentId) => call('GET', `files/${encodeURIComponent(documentId)}`),
		/** A new OAuth application accepting these redirect URIs: { clientId, clientSecret }. */
		oauthClient: (redirectUris) => call('POST', 'oauth-clients', { redirectUris }),
	};
}

/**
 * A request to the sandbox's Factorial API outside n8n, for test set-up (never for what a scenario
 * proves). Returns { status, body }.
 */
async function api(sb, method, path, body) {
	const res = await fetch(`${sb.url}/api/2026-10-01/resources/${path}`, {
		method,
		headers: { 'x-api-key': sb.fixtures.apiKey, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, body: await res.json() };
}

module.exports = { start, control, api };
