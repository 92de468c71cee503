'use strict';
// Body fields from the full catalog (facts/operations-2026-10-01.json, through catalog.js) in the
// shape validate.js reads ({ name: { type, required, enum } }), for hand-written endpoints that
// bodies-2026-10-01.json has no body for (leave approve_all and bulk_delete, allowance writes).
const catalog = require('./catalog');

const typeOf = (field) => (field.type === 'array' ? `array<${field.items.type}>` : field.type);

/** tail: '' (create), '{id}' (update) or an action name. */
function catalogBody(method, resourcePath, tail) {
	const operation = catalog.find(method, resourcePath, tail);
	if (!operation || !operation.body) throw new Error(`sandbox: no catalog body for ${method} ${resourcePath} ${tail}`);
	return Object.fromEntries(
		operation.body.fields.map((f) => [f.name, { type: typeOf(f), required: f.required, ...(f.enum ? { enum: f.enum } : {}), ...(f.description ? { description: f.description } : {}) }]),
	);
}

module.exports = { catalogBody };
