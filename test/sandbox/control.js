'use strict';
// /__sandbox/* : the out-of-process view of the sandbox for e2e tests, the demo and benchmarks.
// No auth (the server only listens on 127.0.0.1); never logged, never delayed, never faulted.
const crypto = require('node:crypto');
const { readBody, parseJson, send } = require('./http-util');

function stats(state) {
	const { stats: s, postWindow, faults, writes, log } = state;
	return {
		requests: s.requests,
		statuses: s.statuses,
		posts: {
			accepted: postWindow.accepted,
			rejected429: postWindow.rejected,
			maxAcceptedInAnyWindow: postWindow.maxAcceptedInAnyWindow,
			maxAcceptedByCredential: postWindow.maxByCredential,
		},
		refreshes: { ...s.refreshes },
		faults: { ...faults.counts },
		writesApplied: writes.applied,
		duplicates: writes.duplicates,
		duplicateFingerprints: writes.summary().duplicateFingerprints,
		internalErrors: s.internalErrors,
		inFlight: { now: s.inFlight, max: s.maxInFlight },
		connections: s.connections,
		log: { size: log.size, dropped: log.dropped, limit: log.limit, lastSeq: log.seq },
	};
}

async function readJsonBody(req) {
	const parsed = parseJson(await readBody(req));
	if (!parsed.ok) throw Object.assign(new Error('body is not valid JSON'), { status: 400 });
	return parsed.value || {};
}

const ROUTES = {
	'GET fixtures': (state) => state.fixtures,
	'GET log': (state, url) => state.log.since(Number(url.searchParams.get('since')) || 0),
	'POST log/reset': (state) => {
		state.log.reset();
		return { ok: true, lastSeq: state.log.seq };
	},
	'POST expire-tokens': (state) => ({ expired: state.oauth.expireUserTokens() }),
	'GET config': (state) => state.sandbox.config(),
	'POST config': async (state, url, req) => state.sandbox.configure(await readJsonBody(req)),
	'GET stats': (state) => stats(state),
	'POST stats/reset': (state) => {
		state.sandbox.resetStats();
		return stats(state);
	},
	'GET oauth': (state) => state.oauth.summary(),
	'GET writes': (state) => state.writes.summary(),
	'POST api-keys': (state) => state.sandbox.createApiKey(),
	'POST webhooks/emit': async (state, url, req) => state.webhooks.emit(await readJsonBody(req)),
	'GET webhooks/deliveries': (state, url) => state.webhooks.since(Number(url.searchParams.get('since')) || 0),
	'POST oauth-clients': async (state, url, req) => {
		const body = await readJsonBody(req);
		return state.sandbox.createOAuthClient({ redirectUris: body.redirectUris });
	},
};

async function handleControl(req, res, url, state) {
	const route = url.pathname.slice('/__sandbox/'.length).replace(/\/$/, '');
	try {
		const stateMatch = /^state\/(.+)$/.exec(route);
		if (req.method === 'GET' && stateMatch) {
			const rows = state.sandbox.records(decodeURIComponent(stateMatch[1]));
			if (!rows) return send(res, 404, { error: `no collection ${stateMatch[1]}` });
			return send(res, 200, rows);
		}
		// A document's stored file by name, type, size and SHA-256 (never the bytes).
		const fileMatch = /^files\/(.+)$/.exec(route);
		if (req.method === 'GET' && fileMatch) {
			const file = state.files.get(decodeURIComponent(fileMatch[1]));
			if (!file) return send(res, 404, { error: `no file for document ${fileMatch[1]}` });
			const sha256 = crypto.createHash('sha256').update(file.data).digest('hex');
			return send(res, 200, { filename: file.filename, contentType: file.contentType, size: file.data.length, sha256 });
		}
		const handler = ROUTES[`${req.method} ${route}`];
		if (!handler) return send(res, 404, { error: `no control route ${req.method} ${url.pathname}` });
		return send(res, 200, await handler(state, url, req));
	} catch (err) {
		return send(res, err.status || 400, { error: err.message });
	}
}

module.exports = { handleControl, stats };
