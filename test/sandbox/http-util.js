'use strict';
// Small HTTP helpers shared by the API, OAuth and control routes.

const MAX_BODY_BYTES = 20 * 1024 * 1024;
// Document uploads: enough for the multi-MB tests and the 50 MB memory measurement.
const MAX_MULTIPART_BYTES = 128 * 1024 * 1024;

function readBody(req, limit = /^multipart\/form-data/i.test(req.headers['content-type'] || '') ? MAX_MULTIPART_BYTES : MAX_BODY_BYTES) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limit) {
				reject(Object.assign(new Error('body too large'), { tooLarge: true }));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

// Rails-style: `name[]` keys collect every value into an array; other keys keep the last value.
function parseQuery(searchParams) {
	const query = {};
	for (const [key, value] of searchParams) {
		if (key.endsWith('[]')) (query[key] = query[key] || []).push(value);
		else query[key] = value;
	}
	return query;
}

// → { ok: true, value } | { ok: false }; an empty body parses to undefined.
function parseJson(raw) {
	const text = raw.toString('utf8');
	if (text.trim() === '') return { ok: true, value: undefined };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, text };
	}
}

// OAuth clients send form bodies; JSON is accepted too.
function parseForm(raw, contentType = '') {
	if (/json/i.test(contentType)) {
		const parsed = parseJson(raw);
		return parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value : {};
	}
	return parseQuery(new URLSearchParams(raw.toString('utf8')));
}

// RFC 6749 §2.3.1: client id and secret are form-urlencoded before being joined for Basic auth.
function parseBasic(header) {
	const match = /^Basic\s+(.+)$/i.exec(header || '');
	if (!match) return null;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return null;
	const unescape = (s) => {
		try {
			return decodeURIComponent(s.replace(/\+/g, ' '));
		} catch {
			return s;
		}
	};
	return [unescape(decoded.slice(0, colon)), unescape(decoded.slice(colon + 1))];
}

function send(res, status, body, headers = {}) {
	const isText = typeof body === 'string';
	const payload = isText ? body : JSON.stringify(body);
	res.writeHead(status, {
		'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
		'content-length': Buffer.byteLength(payload),
		...headers,
	});
	res.end(payload);
}

module.exports = { readBody, parseQuery, parseJson, parseForm, parseBasic, send };
