'use strict';
// Writes nodes/Factorial/catalog/endpoints.json, the compact endpoint catalog the node ships (the
// Any Endpoint operation reads it on demand), from the verbatim facts in test/sandbox/facts/:
// operations-2026-10-01.json (every endpoint, its parameters and body fields) and
// sdk-content-types-2026-10-01.json (the endpoints that accept only an API key).
// `--check` exits 1 when the shipped file is stale.
const fs = require('node:fs');
const path = require('node:path');

const FACTS = path.join(__dirname, '..', 'test', 'sandbox', 'facts');
const OUT = path.join(__dirname, '..', 'nodes', 'Factorial', 'catalog', 'endpoints.json');
const PREFIX = '/api/2026-10-01/resources/';
// Long enough for every rule Factorial states in a description; the longest are pages of notes.
const MAX_DESCRIPTION = 400;

const load = (name) => JSON.parse(fs.readFileSync(path.join(FACTS, name), 'utf8'));

// Area names as the editor shows them (the trigger's event list spells them the same way).
const UPPER = { ats: 'ATS', api: 'API', it: 'IT' };
const areaName = (namespace) => namespace.split('_').map((w) => UPPER[w] || w[0].toUpperCase() + w.slice(1)).join(' ');

function describe(text) {
	if (!text) return undefined;
	const clean = text.replace(/\s+/g, ' ').trim();
	return clean.length > MAX_DESCRIPTION ? `${clean.slice(0, MAX_DESCRIPTION - 1)}…` : clean;
}

// One parameter or body field: n name, t type, r required, d description, e choices, i item type,
// ie item choices (short keys: the file holds about 2,000 of them).
function compactField(field) {
	const out = { n: field.name, t: field.type };
	if (field.required) out.r = 1;
	const d = describe(field.description);
	if (d) out.d = d;
	if (field.enum) out.e = field.enum;
	if (field.items) {
		out.i = field.items.type;
		if (field.items.enum) out.ie = field.items.enum;
	}
	return out;
}

function build() {
	const operations = load('operations-2026-10-01.json');
	const sdk = load('sdk-content-types-2026-10-01.json');
	const apiKeyOnly = new Set(sdk.apiKeyOnlySecurity.functions);
	const endpoints = operations.map((op) => {
		const entry = { a: op.namespace, m: op.method, p: op.path.slice(PREFIX.length), s: op.summary };
		if (op.response.kind === 'list') entry.l = 1;
		if (op.pathParams.length) entry.pp = op.pathParams.map(compactField);
		if (op.query.length) entry.q = op.query.map(compactField);
		if (op.body && op.body.fields.length) entry.b = op.body.fields.map(compactField);
		if (op.body && op.body.contentType === 'multipart/form-data') entry.mp = 1;
		if (apiKeyOnly.has(op.sdkOperation)) entry.k = 1;
		return entry;
	});
	const areas = Object.fromEntries([...new Set(operations.map((op) => op.namespace))].sort().map((ns) => [ns, areaName(ns)]));
	return { version: '2026-10-01', source: 'scripts/catalog.js from test/sandbox/facts/operations-2026-10-01.json', areas, endpoints };
}

const render = () => `${JSON.stringify(build())}\n`;

module.exports = { build, render, OUT, areaName };

if (require.main === module) {
	const next = render();
	if (process.argv.includes('--check')) {
		if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== next) {
			console.error('nodes/Factorial/catalog/endpoints.json is stale: run `node scripts/catalog.js`');
			process.exit(1);
		}
	} else {
		fs.writeFileSync(OUT, next);
		console.log(`${OUT}: ${build().endpoints.length} endpoints, ${Buffer.byteLength(next)} bytes`);
	}
}
