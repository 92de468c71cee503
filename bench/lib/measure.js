'use strict';
// Small numeric helpers shared by the comparisons.

const median = (values) => {
	if (!values.length) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const round = (value, digits = 2) => (value === undefined || value === null || Number.isNaN(value) ? value : Math.round(value * 10 ** digits) / 10 ** digits);

const percent = (value, digits = 1) => (value === undefined || value === null ? '—' : `${round(value * 100, digits)} %`);

const mb = (bytes) => (bytes === undefined ? '—' : `${round(bytes / 1024 / 1024, 1)} MB`);

const seconds = (ms) => (ms === undefined ? '—' : `${round(ms / 1000, 2)} s`);

/**
 * How closely a client follows a sliding POST window: for every accepted POST after the first
 * `limit`, the time since the POST `limit` places earlier. A client that sends each POST the moment
 * the window allows it sees exactly `windowMs`; the fraction is windowMs / mean gap, i.e. the
 * accepted POSTs per window it sustained, divided by the limit. Undefined with `limit` or fewer.
 */
function windowUtilisation(times, limit, windowMs) {
	const sorted = [...times].sort((a, b) => a - b);
	if (sorted.length <= limit) return undefined;
	let sum = 0;
	for (let i = limit; i < sorted.length; i++) sum += sorted[i] - sorted[i - limit];
	const meanGap = sum / (sorted.length - limit);
	return { fraction: windowMs / meanGap, meanGapMs: meanGap };
}

/** Accepted POSTs in consecutive windows starting at the first one. */
function perWindow(times, windowMs) {
	const sorted = [...times].sort((a, b) => a - b);
	if (!sorted.length) return [];
	const counts = [];
	for (const t of sorted) {
		const index = Math.floor((t - sorted[0]) / windowMs);
		counts[index] = (counts[index] || 0) + 1;
	}
	return Array.from(counts, (c) => c || 0);
}

/** The most POSTs in any window (t - windowMs, t], over the given acceptance times. */
function maxInAnyWindow(times, windowMs) {
	const sorted = [...times].sort((a, b) => a - b);
	let max = 0;
	let start = 0;
	for (let i = 0; i < sorted.length; i++) {
		while (sorted[start] <= sorted[i] - windowMs) start++;
		max = Math.max(max, i - start + 1);
	}
	return max;
}

module.exports = { median, round, percent, mb, seconds, windowUtilisation, perWindow, maxInAnyWindow };
