'use strict';
// Ledger of applied writes. The fingerprint (method + path + canonical body) is what a client retry
// would repeat, so a fingerprint applied twice means the client duplicated a write.
const crypto = require('node:crypto');

function canonicalJson(value) {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const keys = Object.keys(value).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
	}
	return JSON.stringify(value === undefined ? null : value);
}

// The version segment is dropped so that the same write sent under two version strings still matches.
const resourcePath = (pathname) => pathname.replace(/^\/api\/[^/]+\/resources\//, '/resources/');

class WriteLedger {
	constructor() {
		this.reset();
	}

	reset() {
		this.byFingerprint = new Map();
		this.applied = 0;
		this.duplicates = 0;
	}

	record(method, pathname, body, at) {
		const canonical = `${method} ${resourcePath(pathname)} ${canonicalJson(body ?? null)}`;
		const fingerprint = crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 24);
		let entry = this.byFingerprint.get(fingerprint);
		if (!entry) {
			entry = { fingerprint, method, path: resourcePath(pathname), body: body ?? null, count: 0, firstAt: at, lastAt: at };
			this.byFingerprint.set(fingerprint, entry);
		} else {
			this.duplicates++;
		}
		entry.count++;
		entry.lastAt = at;
		this.applied++;
		return fingerprint;
	}

	summary() {
		const writes = [...this.byFingerprint.values()];
		return {
			applied: this.applied,
			duplicates: this.duplicates,
			duplicateFingerprints: writes.filter((w) => w.count > 1).length,
			writes,
		};
	}
}

module.exports = { WriteLedger, canonicalJson };
