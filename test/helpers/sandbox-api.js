'use strict';
// Calls to a started sandbox's Factorial API over real HTTP, as the sandbox tests make them:
// `call(method, path below resources/, body?)` → { status, body } (body parsed, null when empty).
const V = '2026-10-01';

function apiCall(sb, headers = { 'x-api-key': sb.fixtures.apiKey }) {
	return async (method, p, body) => {
		const res = await fetch(`${sb.url}/api/${V}/resources/${p}`, {
			method,
			headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : null };
	};
}

module.exports = { apiCall };
