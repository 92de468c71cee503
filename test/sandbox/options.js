'use strict';
// Start-up options, their defaults, and which of them configure() may change on a live sandbox.

// n8n's own OAuth callback on its default port, so a stock n8n can complete the flow.
const DEFAULT_REDIRECT_URIS = [
	'http://localhost:5678/rest/oauth2-credential/callback',
	'http://127.0.0.1:5678/rest/oauth2-credential/callback',
];

const DEFAULTS = {
	port: 0,
	employees: 260,
	postLimit: 200,
	postWindowMs: 60000,
	// Resolution of Retry-After: Factorial sends whole seconds against a 60 s window. A sandbox that
	// scales time (a 6 s window) scales this too (100 ms), or the rounding weighs 10 times more.
	retryAfterStepMs: 1000,
	accessTokenTtlSec: 7200,
	seed: 1,
	latencyMs: 0,
	faults: null,
	logLimit: 50000,
	redirectUris: DEFAULT_REDIRECT_URIS,
	downloadUrlTtlSec: 300,
	// The sandbox's own clock for record timestamps (created_at, updated_at, ...): shifted from the
	// machine's, or stopped at one instant, to test clients against a Factorial whose clock differs.
	clockOffsetMs: 0,
	clockFrozenAt: null,
};

const RUNTIME_KEYS = ['postLimit', 'postWindowMs', 'retryAfterStepMs', 'accessTokenTtlSec', 'latencyMs', 'faults', 'downloadUrlTtlSec', 'clockOffsetMs', 'clockFrozenAt'];
const FAULT_KEYS = ['script', 'seed', 'error5xxBeforeApply', 'error5xxAfterApply', 'resetBeforeApply', 'resetAfterApply', 'burst429Every', 'burst429Length', 'expireTokensEvery'];

function checkNumber(name, value, min) {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
		throw new TypeError(`sandbox option ${name} must be a number >= ${min}, got ${JSON.stringify(value)}`);
	}
}

function checkInstant(name, value) {
	if (value !== null && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
		throw new TypeError(`sandbox option ${name} must be an ISO 8601 date-time or null, got ${JSON.stringify(value)}`);
	}
}

const SCRIPT_KINDS = ['error5xxBeforeApply', 'resetBeforeApply', 'error5xxAfterApply', 'resetAfterApply'];

function checkScript(script) {
	if (!Array.isArray(script) || !script.every((kind) => kind === null || SCRIPT_KINDS.includes(kind))) {
		throw new TypeError(`sandbox option faults.script must be an array of null or ${SCRIPT_KINDS.join(', ')}`);
	}
}

function checkFaults(faults) {
	if (faults === null || faults === undefined) return null;
	if (typeof faults !== 'object') throw new TypeError('sandbox option faults must be an object or null');
	for (const key of Object.keys(faults)) {
		if (!FAULT_KEYS.includes(key)) throw new TypeError(`sandbox option faults.${key} is unknown`);
		if (key === 'script') {
			checkScript(faults.script);
			continue;
		}
		checkNumber(`faults.${key}`, faults[key], key === 'seed' ? -Infinity : 0);
	}
	return { ...faults };
}

function checkRuntime(values) {
	for (const key of Object.keys(values)) {
		if (!RUNTIME_KEYS.includes(key)) throw new TypeError(`sandbox option ${key} cannot be changed at runtime`);
		if (key === 'faults') values.faults = checkFaults(values.faults);
		else if (key === 'clockFrozenAt') checkInstant(key, values[key]);
		else checkNumber(key, values[key], key === 'clockOffsetMs' ? -Infinity : key === 'retryAfterStepMs' ? 1 : 0);
	}
	return values;
}

function resolveOptions(input = {}) {
	const options = { ...DEFAULTS };
	for (const [key, value] of Object.entries(input)) {
		if (value === undefined) continue;
		if (!(key in DEFAULTS)) throw new TypeError(`unknown sandbox option ${key}`);
		options[key] = value;
	}
	for (const key of ['port', 'employees', 'logLimit', 'seed']) checkNumber(key, options[key], key === 'seed' ? -Infinity : 0);
	if (options.employees < 1) throw new TypeError('sandbox option employees must be at least 1');
	if (!Array.isArray(options.redirectUris)) throw new TypeError('sandbox option redirectUris must be an array');
	const { faults, ...rest } = options;
	return { ...rest, ...checkRuntime({ postLimit: rest.postLimit, postWindowMs: rest.postWindowMs, retryAfterStepMs: rest.retryAfterStepMs, accessTokenTtlSec: rest.accessTokenTtlSec, latencyMs: rest.latencyMs, faults, downloadUrlTtlSec: rest.downloadUrlTtlSec, clockOffsetMs: rest.clockOffsetMs, clockFrozenAt: rest.clockFrozenAt }) };
}

module.exports = { resolveOptions, checkRuntime, DEFAULTS, RUNTIME_KEYS };
