'use strict';
// POST /__sandbox/webhooks/emit: deliver one event as Factorial does. The payload goes to every
// enabled subscription of that subscription_type, at the top level (no {type, data} envelope), with
// the subscription's challenge echoed in x-factorial-wh-challenge. One attempt each, no retries,
// bounded by TIMEOUT_MS; every attempt is recorded for GET /__sandbox/webhooks/deliveries.
const http = require('node:http');
const https = require('node:https');
const facts = require('./facts');

const TIMEOUT_MS = 5000;
const MAX_RECORDED = 1000;

const badRequest = (message) => Object.assign(new Error(message), { status: 400 });

class Webhooks {
	constructor(store) {
		this.store = store;
		this.deliveries = [];
		this.seq = 0;
		this.inFlight = new Set();
	}

	// → { status, error }: status is null when no HTTP answer came (refused, timeout, aborted).
	post(url, text, headers) {
		return new Promise((resolve) => {
			const lib = url.protocol === 'https:' ? https : http;
			// agent: false so no keep-alive socket outlives the delivery.
			const req = lib.request(url, { method: 'POST', headers, agent: false }, (res) => {
				res.resume();
				finish({ status: res.statusCode, error: null });
			});
			const timer = setTimeout(() => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
			const finish = (out) => {
				clearTimeout(timer);
				this.inFlight.delete(req);
				resolve(out);
			};
			req.on('error', (err) => finish({ status: null, error: err.message }));
			this.inFlight.add(req);
			req.end(text);
		});
	}

	async emit(body) {
		const type = body && body.subscription_type;
		if (typeof type !== 'string' || !facts.isWebhookEvent(type)) throw badRequest('subscription_type must be a line of webhook-events-2026-10-01.txt or its supplement');
		if (body.payload === undefined) throw badRequest('payload is required');
		const text = JSON.stringify(body.payload);
		const targets = this.store.get('webhook_subscriptions').all().filter((s) => s.enabled === true && s.type === type);
		const deliveries = await Promise.all(
			targets.map(async (s) => {
				const at = new Date().toISOString();
				const started = Date.now();
				const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'user-agent': 'factorial-sandbox' };
				if (s.challenge) headers['x-factorial-wh-challenge'] = s.challenge;
				const out = await this.post(new URL(s.target_url), text, headers);
				return this.record({ at, subscription_id: s.id, subscription_type: type, url: s.target_url, status: out.status, ms: Date.now() - started, error: out.error });
			}),
		);
		return { subscription_type: type, deliveries };
	}

	record(delivery) {
		const entry = { seq: ++this.seq, ...delivery };
		this.deliveries.push(entry);
		if (this.deliveries.length > MAX_RECORDED) this.deliveries.shift();
		return entry;
	}

	since(seq) {
		return this.deliveries.filter((d) => d.seq > seq);
	}

	abortAll() {
		for (const req of this.inFlight) req.destroy(new Error('sandbox closed'));
	}
}

module.exports = { Webhooks, TIMEOUT_MS };
