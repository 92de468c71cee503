'use strict';
// The checks run after an unanswered write (engine/writeCheck.ts) read only what Factorial's
// catalog has: a GET endpoint of the 2026-10-01 catalog, with only the list filters it documents.
// And the README's list of checked and unchecked writes is the one the operations' data gives.
const fs = require('node:fs');
const path = require('node:path');
const { resources } = require('../dist/nodes/Factorial/resources/index.js');
const { render, README } = require('../scripts/write-checks');

const FACTS = path.join(__dirname, 'sandbox', 'facts');
const PREFIX = '/api/2026-10-01/resources/';
const getPaths = fs
	.readFileSync(path.join(FACTS, 'endpoints-2026-10-01.tsv'), 'utf8')
	.split('\n')
	.map((line) => line.split('\t'))
	.filter(([, method]) => method === 'GET')
	.map(([, , p]) => p.slice(PREFIX.length));
const filters = JSON.parse(fs.readFileSync(path.join(FACTS, 'list-filters-2026-10-01.json'), 'utf8'));
// The full catalog documents the query parameters of every endpoint, list-filters only of the older ones.
const fullQuery = new Map(
	JSON.parse(fs.readFileSync(path.join(FACTS, 'operations-2026-10-01.json'), 'utf8'))
		.filter((op) => op.method === 'GET')
		.map((op) => [op.path, op.query.map((q) => q.name)]),
);

// A value of the right shape for every field the operation may send.
function sample(op) {
	const values = {};
	for (const field of [...(op.fields || []), ...(op.optional ? op.optional.fields : [])]) {
		values[field.wire] =
			field.kind === 'date' ? '2026-10-05' : field.kind === 'dateTime' ? '2026-10-05T08:00:00Z' : field.kind === 'list' ? ['11', '12'] : field.kind === 'email' ? 'a@example.com' : field.kind === 'boolean' ? true : '11';
	}
	const placeholder = /\{(\w+)\}/.exec(op.path);
	return { path: placeholder ? op.path.replace(placeholder[0], '11') : op.path, values };
}

const endpointOf = (readPath) => getPaths.find((p) => new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`).test(readPath));

const checked = resources.flatMap((r) => r.operations.filter((op) => op.check).map((op) => [`${r.displayName} → ${op.displayName}`, op]));

test('writes with a check exist, and each says in words what it looks for', () => {
	expect(checked.length).toBeGreaterThan(20);
	for (const [, op] of checked) expect(op.check.shows).toMatch(/^[a-z].{10,}$/);
});

test.each(checked)('%s reads a GET endpoint of the catalog, with only its documented filters', (_, op) => {
	const read = op.check.read(sample(op));
	expect(read).toBeDefined();
	const endpoint = endpointOf(read.path);
	expect(endpoint).toBeDefined();
	if (read.list) expect(endpoint).not.toMatch(/\{\w+\}$/);
	const documented = [...Object.keys((filters[`GET ${PREFIX}${endpoint}`] || { params: {} }).params), ...(fullQuery.get(`${PREFIX}${endpoint}`) || [])];
	for (const [key, value] of Object.entries(read.query || {})) {
		if (value === undefined) continue;
		expect(documented).toContain(Array.isArray(value) ? `${key}[]` : key);
	}
});

test('the README lists which writes are checked, and how, as the operations say', () => {
	const current = fs.readFileSync(README, 'utf8');
	expect(render(current)).toBe(current);
});
