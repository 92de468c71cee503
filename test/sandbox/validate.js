'use strict';
// Checks a JSON body against a field spec from bodies-2026-10-01.json. Types are enforced strictly
// (ids are strings in 2026-10-01) because the sandbox exists to catch clients that send the wrong
// thing; unknown fields are dropped, as Rails strong parameters would, and reported to the caller.
const { invalid, malformed } = require('./errors');

const blank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const TYPE_CHECKS = {
	string: (v) => typeof v === 'string',
	integer: (v) => Number.isInteger(v),
	number: (v) => typeof v === 'number' && Number.isFinite(v),
	boolean: (v) => typeof v === 'boolean',
};

function typeOk(type, value) {
	if (type.startsWith('array')) {
		const inner = /^array<(.+)>$/.exec(type);
		return Array.isArray(value) && (!inner || value.every((v) => typeOk(inner[1], v)));
	}
	const check = TYPE_CHECKS[type];
	// Types the checker does not know (binary files, objects) are accepted as sent.
	return check ? check(value) : true;
}

function requireObject(body) {
	if (body === undefined) return {};
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw malformed('The request body must be a JSON object');
	}
	return body;
}

// Returns { values, unknown }: values holds only fields named in the spec.
function validateBody(fields, rawBody) {
	const body = requireObject(rawBody);
	const values = {};
	for (const [name, spec] of Object.entries(fields)) {
		const present = Object.prototype.hasOwnProperty.call(body, name);
		const value = body[name];
		if (spec.required && blank(value)) throw invalid(name, `${name} can't be blank`);
		if (!present) continue;
		if (value === null) {
			values[name] = null;
			continue;
		}
		if (!typeOk(spec.type, value)) throw invalid(name, `${name} must be of type ${spec.type}`);
		if (spec.enum && !spec.enum.includes(value)) {
			throw invalid(name, `${name} must be one of: ${spec.enum.join(', ')}`);
		}
		values[name] = value;
	}
	const unknown = Object.keys(body).filter((k) => !Object.prototype.hasOwnProperty.call(fields, k));
	return { values, unknown };
}

const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

module.exports = { validateBody, requireObject, isDate, blank };
