'use strict';
// "200 requests per minute for POST requests" (api-guides/faqs.md), as a sliding window per
// credential. Only accepted POSTs enter the window, so a client hammering through 429s is not
// locked out for longer than the window itself.

class PostWindow {
	constructor(options) {
		this.options = options; // live: postLimit / postWindowMs may change at runtime
		this.byCredential = new Map();
		this.reset();
	}

	reset() {
		this.accepted = 0;
		this.rejected = 0;
		this.maxAcceptedInAnyWindow = 0;
		this.maxByCredential = {};
	}

	// → { ok: true } or { ok: false, retryAfterSec }
	take(credentialId, now = Date.now()) {
		const { postLimit, postWindowMs } = this.options;
		let times = this.byCredential.get(credentialId);
		if (!times) {
			times = [];
			this.byCredential.set(credentialId, times);
		}
		// The window is (now - postWindowMs, now]; times are kept in ascending order.
		let drop = 0;
		while (drop < times.length && times[drop] <= now - postWindowMs) drop++;
		if (drop) times.splice(0, drop);
		if (times.length >= postLimit) {
			this.rejected++;
			const waitMs = times.length ? times[0] + postWindowMs - now : postWindowMs;
			// Rounded up to the step (whole seconds, like Factorial, unless the sandbox scales time).
			const step = this.options.retryAfterStepMs || 1000;
			return { ok: false, retryAfterSec: (Math.max(1, Math.ceil(waitMs / step)) * step) / 1000 };
		}
		times.push(now);
		this.accepted++;
		// The busiest window always ends at an accepted POST, so checking here finds the maximum.
		this.maxAcceptedInAnyWindow = Math.max(this.maxAcceptedInAnyWindow, times.length);
		this.maxByCredential[credentialId] = Math.max(this.maxByCredential[credentialId] || 0, times.length);
		return { ok: true };
	}
}

module.exports = { PostWindow };
