'use strict';
// Injected failures for soak tests and benchmarks. One PRNG draw per API request keeps a run
// reproducible for a given request order. "Before apply" faults leave state untouched; "after
// apply" faults (writes only) store the write and then fail, which is what makes client retries
// produce duplicates.
const { createPrng } = require('./prng');

const KINDS = ['error5xxBeforeApply', 'resetBeforeApply', 'error5xxAfterApply', 'resetAfterApply'];
const BEFORE = new Set(['error5xxBeforeApply', 'resetBeforeApply']);

class Faults {
	constructor(config, fallbackSeed) {
		this.fallbackSeed = fallbackSeed;
		this.counts = { error5xxBeforeApply: 0, error5xxAfterApply: 0, resetBeforeApply: 0, resetAfterApply: 0, burst429: 0, tokenExpiries: 0 };
		this.configure(config);
	}

	configure(config) {
		this.config = config ? { ...config } : null;
		this.prng = createPrng(this.config && this.config.seed !== undefined ? this.config.seed : this.fallbackSeed);
		this.posts = 0;
		this.burstLeft = 0;
		this.apiRequests = 0;
		this.scriptAt = 0;
	}

	// Every Nth API request expires the user access tokens first, so a long run meets several
	// expiries (and several refreshes racing each other) at points a seed makes repeatable.
	expireTokensNow() {
		const every = this.config && this.config.expireTokensEvery;
		if (!every) return false;
		this.apiRequests++;
		if (this.apiRequests % every !== 0) return false;
		this.counts.tokenExpiries++;
		return true;
	}

	// Every Nth POST starts a burst of burst429Length (default 1) 429s it did not earn, as when another
	// client spends the budget, to exercise Retry-After handling without waiting for the window.
	burst429(method) {
		const every = this.config && this.config.burst429Every;
		if (!every || method !== 'POST') return false;
		this.posts++;
		if (this.burstLeft > 0) {
			this.burstLeft--;
		} else if (this.posts % every === 0) {
			this.burstLeft = Math.max(1, Math.floor(Number(this.config.burst429Length) || 1)) - 1;
		} else {
			return false;
		}
		this.counts.burst429++;
		return true;
	}

	// → null | { kind, when: 'before' | 'after', reset: boolean }
	draw(isWrite) {
		if (!this.config) return null;
		if (this.config.script) return this.scripted(isWrite);
		const roll = this.prng.next();
		let edge = 0;
		for (const kind of KINDS) {
			if (!BEFORE.has(kind) && !isWrite) break;
			edge += Number(this.config[kind]) || 0;
			if (roll < edge) return { kind, when: BEFORE.has(kind) ? 'before' : 'after', reset: kind.startsWith('reset') };
		}
		return null;
	}

	// A script names the fault of each API request in turn (null: none), then none: a test states
	// exactly which attempt fails and how. An after-apply kind on a read does nothing, as drawn ones.
	scripted(isWrite) {
		const kind = this.config.script[this.scriptAt++] ?? null;
		if (kind === null || (!BEFORE.has(kind) && !isWrite)) return null;
		return { kind, when: BEFORE.has(kind) ? 'before' : 'after', reset: kind.startsWith('reset') };
	}

	count(kind) {
		this.counts[kind]++;
	}

	resetCounts() {
		for (const key of Object.keys(this.counts)) this.counts[key] = 0;
	}
}

module.exports = { Faults };
