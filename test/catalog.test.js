'use strict';
// Guards against drift from Factorial's API: every (method, path) the node can send must be in the
// endpoint catalog, and every field the catalog marks required must be a required parameter.
const fs = require('node:fs');
const path = require('node:path');
const { resources } = require('../dist/nodes/Factorial/resources/index.js');
const { parameterName } = require('../dist/nodes/Factorial/engine/naming.js');

// The catalog files are kept in the repository (test/sandbox/facts, see its README).
const FACTS = path.join(__dirname, 'sandbox', 'facts');
const VERSION = '2026-10-01';
const catalog = new Set(
	fs
		.readFileSync(path.join(FACTS, `endpoints-${VERSION}.tsv`), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => {
			const [, method, endpoint] = line.split('\t');
			return `${method} ${endpoint}`;
		}),
);
// Where the catalog lacks a body or a list's filters, the sandbox's supplement files (from the official
// SDK docs, never shadowing the catalog) stand in, so those operations are checked too.
const supplements = fs
	.readdirSync(FACTS)
	.filter((name) => /^supplement-.+\.json$/.test(name))
	.map((name) => JSON.parse(fs.readFileSync(path.join(FACTS, name), 'utf8')));
const supplemented = (kind) => Object.assign({}, ...supplements.map((s) => s[kind] ?? {}));
const bodies = {
	...supplemented('bodies'),
	...JSON.parse(fs.readFileSync(path.join(FACTS, `bodies-${VERSION}.json`), 'utf8')),
};

// Custom API Call has no fixed path; every other operation is described as data.
const described = resources.flatMap((resource) =>
	resource.operations
		.filter((operation) => !operation.prepare)
		.map((operation) => ({ resource: resource.value, operation, key: `${operation.method} /api/${VERSION}/resources/${operation.path}` })),
);

test('the node describes operations', () => {
	expect(described.length).toBeGreaterThanOrEqual(7);
});

test.each(described.map((d) => [`${d.resource}.${d.operation.value}`, d]))('%s is a catalog endpoint', (_, { key }) => {
	expect(catalog.has(key)).toBe(true);
});

const withBodies = described.filter((d) => bodies[d.key]);
test.each(withBodies.map((d) => [`${d.resource}.${d.operation.value}`, d]))(
	'%s asks for every field the catalog requires, with its wire name',
	(_, { key, operation }) => {
		const topLevel = new Map((operation.fields ?? []).map((field) => [field.wire, field]));
		const optional = new Set((operation.optional?.fields ?? []).map((field) => field.wire));
		for (const [name, spec] of Object.entries(bodies[key].fields)) {
			if (spec.required) {
				// Required by Factorial: a required parameter, or one the node fills in (company, now).
				const field = topLevel.get(name);
				const asked = field?.required === true || field?.autofill !== undefined;
				expect({ field: name, required: asked }).toEqual({ field: name, required: true });
			}
		}
		for (const wire of [...topLevel.keys(), ...optional]) {
			expect({ field: wire, inCatalog: wire in bodies[key].fields }).toEqual({ field: wire, inCatalog: true });
		}
	},
);

test('parameter names are unique within an operation', () => {
	for (const { operation } of described) {
		const names = [...(operation.fields ?? []), ...(operation.optional?.fields ?? [])].map(parameterName);
		expect(new Set(names).size).toBe(names.length);
	}
});

const filters = {
	...supplemented('listFilters'),
	...JSON.parse(fs.readFileSync(path.join(FACTS, `list-filters-${VERSION}.json`), 'utf8')),
};
const lists = described.filter((d) => d.operation.list && d.operation.optional);
test.each(lists.map((d) => [`${d.resource}.${d.operation.value}`, d]))('%s filters use the catalog\'s query names', (_, { key, operation }) => {
	const known = filters[key]?.params;
	expect(known).toBeDefined();
	for (const field of operation.optional.fields) {
		const wire = field.kind === 'list' ? `${field.wire}[]` : field.wire;
		expect({ filter: wire, inCatalog: wire in known }).toEqual({ filter: wire, inCatalog: true });
	}
});
