'use strict';
// Request pipeline. For /api: latency → auth → POST window → faults before apply → resource engine →
// write fingerprint → faults after apply. OAuth and API requests are logged; control calls are not.
const { readBody, parseQuery, parseJson, parseForm, parseBasic, send } = require('./http-util');
const { ApiError, envelope } = require('./errors');
const { handleControl } = require('./control');
const { parseMultipart, isMultipart } = require('./multipart');

const API_PATH = /^\/api\/([^/]+)\/resources\/(.+)$/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function createHandler(state) {
	const { options, oauth, postWindow, faults, writes, log, stats, engine, generic, timers } = state;

	const delay = (ms) =>
		new Promise((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});

	function record(entry, status, fault = null) {
		entry.status = status;
		entry.fault = fault;
		stats.requests++;
		stats.statuses[status] = (stats.statuses[status] || 0) + 1;
		log.add(entry);
	}

	function reply(res, entry, status, body, headers, fault) {
		// Lets a test tell a list read that is done from one with pages still to come.
		if (body && body.meta && typeof body.meta.has_next_page === 'boolean') entry.hasNextPage = body.meta.has_next_page;
		record(entry, status, fault);
		send(res, status, body, headers);
	}

	function drop(req, entry, fault) {
		record(entry, null, fault);
		req.socket.destroy();
	}

	// Requests being handled at once (latency included): shows whether a client bounds its concurrency.
	async function api(req, res, entry, match, raw) {
		stats.inFlight++;
		stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
		try {
			return await handleApi(req, res, entry, match, raw);
		} finally {
			stats.inFlight--;
		}
	}

	async function handleApi(req, res, entry, match, raw) {
		if (options.latencyMs > 0) await delay(options.latencyMs);
		if (faults.expireTokensNow()) oauth.expireUserTokens();
		const { principal, error } = oauth.authenticate(req.headers);
		entry.auth = { kind: principal.kind, credentialId: principal.credentialId };
		if (error) {
			const headers = req.headers['x-api-key'] === undefined ? { 'www-authenticate': 'Bearer error="invalid_token"' } : {};
			return reply(res, entry, 401, envelope('unauthorized', error), headers);
		}
		const method = req.method;
		if (method === 'POST') {
			if (faults.burst429(method)) {
				return reply(res, entry, 429, envelope('rate_limited', 'Too many requests (injected burst)'), { 'retry-after': '1' }, 'burst429');
			}
			const takenAt = Date.now();
			const slot = postWindow.take(principal.credentialId, takenAt);
			// When the window counted it (ms): per-window rates are read back from the log.
			entry.window = { accepted: slot.ok, at: takenAt };
			if (!slot.ok) {
				const message = `More than ${options.postLimit} POST requests in ${options.postWindowMs} ms`;
				return reply(res, entry, 429, envelope('rate_limited', message), { 'retry-after': String(slot.retryAfterSec) });
			}
		}
		const isWrite = WRITE_METHODS.has(method);
		const fault = faults.draw(isWrite);
		if (fault && fault.when === 'before') {
			faults.count(fault.kind);
			if (fault.reset) return drop(req, entry, fault.kind);
			return reply(res, entry, 503, envelope('service_unreachable', 'Injected failure before apply'), {}, fault.kind);
		}
		let body;
		let form = null;
		if (isWrite && isMultipart(req.headers['content-type'])) {
			try {
				form = parseMultipart(raw, req.headers['content-type']);
			} catch (err) {
				return reply(res, entry, 400, envelope('malformed_request', err.message));
			}
			body = form;
			entry.body = form.summary();
		} else if (isWrite) {
			const parsed = parseJson(raw);
			if (!parsed.ok) return reply(res, entry, 400, envelope('malformed_request', 'The request body is not valid JSON'));
			body = parsed.value;
		}
		let result;
		try {
			const segments = match[2].split('/').map((s) => {
				try {
					return decodeURIComponent(s);
				} catch {
					return s;
				}
			});
			// Hand-written resources first; the catalog-driven layer answers any other catalogued endpoint.
			const request = { method, segments, query: entry.query, body, principal };
			result = engine.handle(request) || generic.handle(request);
		} catch (err) {
			if (!(err instanceof ApiError)) {
				stats.internalErrors++;
				return reply(res, entry, 500, envelope('unknown_error', `Sandbox bug: ${err.message}`));
			}
			return reply(res, entry, err.status, envelope(err.code, err.message, err.field));
		}
		if (!result) return reply(res, entry, 404, envelope('missing_resource', `No route for ${method} ${entry.path}`));
		if (result.unknown && result.unknown.length) entry.unknownFields = result.unknown;
		if (result.unknownQuery && result.unknownQuery.length) entry.unknownQuery = result.unknownQuery;
		if (result.applied) entry.fingerprint = writes.record(method, entry.path, form ? form.summary() : body, entry.at);
		if (fault && result.applied) {
			faults.count(fault.kind);
			if (fault.reset) return drop(req, entry, fault.kind);
			return reply(res, entry, 500, envelope('unknown_error', 'Injected failure after apply'), {}, fault.kind);
		}
		return reply(res, entry, result.status, result.body);
	}

	function oauthRoute(req, res, entry, raw) {
		if (entry.path === '/oauth/authorize' && req.method === 'GET') {
			const out = oauth.authorize(entry.query);
			return reply(res, entry, out.status, out.body, out.headers);
		}
		if (entry.path === '/oauth/token' && req.method === 'POST') {
			const form = parseForm(raw, req.headers['content-type']);
			entry.body = form;
			const basic = parseBasic(req.headers.authorization);
			const out = oauth.token({ ...entry.query, ...form }, basic);
			return reply(res, entry, out.status, out.body, { 'cache-control': 'no-store', pragma: 'no-cache' });
		}
		return reply(res, entry, 404, envelope('missing_resource', `No route for ${req.method} ${entry.path}`));
	}

	return async function onRequest(req, res) {
		const url = new URL(req.url, 'http://127.0.0.1');
		try {
			if (url.pathname.startsWith('/__sandbox/')) return await handleControl(req, res, url, state);
			let raw;
			try {
				raw = await readBody(req);
			} catch (err) {
				if (err.tooLarge) return send(res, 413, envelope('malformed_request', 'Request body too large'));
				throw err;
			}
			const entry = {
				at: new Date().toISOString(),
				method: req.method,
				path: url.pathname,
				query: parseQuery(url.searchParams),
				body: null,
				auth: { kind: 'none', credentialId: null },
				status: null,
				fault: null,
			};
			if (raw.length && !isMultipart(req.headers['content-type'])) {
				const parsed = parseJson(raw);
				entry.body = parsed.ok ? parsed.value : parsed.text;
			}
			const match = API_PATH.exec(url.pathname);
			if (match) return await api(req, res, entry, match, raw);
			return oauthRoute(req, res, entry, raw);
		} catch (err) {
			stats.internalErrors++;
			if (!res.headersSent && !res.destroyed) send(res, 500, envelope('unknown_error', `Sandbox bug: ${err.message}`));
		}
	};
}

module.exports = { createHandler };
