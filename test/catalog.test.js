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
		.map((operation) => ({ resource: resource.name, operation, key: `${operation.method} /api/${VERSION}/resources/${operation.path}` })),
);

test('the node describes operations', () => {
	expect(described.length).toBeGreaterThanOrEqual(7);
});

test.each(described.map((d) => [`${d.resource}.${d.operation.name}`, d]))('%s is a catalog endpoint', (_, { key }) => {
	expect(catalog.has(key)).toBe(true);
});

const withBodies = described.filter((d) => bodies[d.key]);
test.each(withBodies.map((d) => [`${d.resource}.${d.operation.name}`, d]))(
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
test.each(lists.map((d) => [`${d.resource}.${d.operation.name}`, d]))('%s filters use the catalog\'s query names', (_, { key, operation }) => {
	// Lists the older filter file lacks (new areas) are checked against the full catalog's query parameters.
	const known = filters[key]?.params ?? (fullCatalog.has(key) ? Object.fromEntries(fullCatalog.get(key).query.map((q) => [q.name, q])) : undefined);
	expect(known).toBeDefined();
	for (const field of operation.optional.fields) {
		const wire = field.kind === 'list' ? `${field.wire}[]` : field.wire;
		expect({ filter: wire, inCatalog: wire in known }).toEqual({ filter: wire, inCatalog: true });
	}
});

// The full catalog (operations-2026-10-01.json: all 615 endpoints with their query parameters and
// body fields, types and required flags) against the curated operations.
const operations = JSON.parse(fs.readFileSync(path.join(FACTS, `operations-${VERSION}.json`), 'utf8'));
const fullCatalog = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
// Required by the SDK's signature, optional in the curated operations: decisions recorded in
// test/sandbox/README.md (Contracts and payroll), where the SDK's own docs call the filter optional.
const REQUIRED_BUT_OPTIONAL = new Set([
	'GET contracts/contract_versions job_catalog_tree_node_uuids[]',
	'GET payroll/supplements policy_period_ids[]',
]);
const TYPE_OF_KIND = { number: 'number', boolean: 'boolean', list: 'array', json: ['object', 'array', 'unknown'] };

describe('curated operations against the full catalog', () => {
	test.each(described.map((d) => [`${d.resource}.${d.operation.name}`, d]))('%s: endpoint, names, types and required fields', (_, { key, operation }) => {
		const op = fullCatalog.get(key);
		expect(op).toBeDefined();
		const all = [...(operation.fields ?? []), ...(operation.optional?.fields ?? [])];
		const inBody = (field) => field.in === 'body' || field.in === 'pathAndBody' || (!field.in && (operation.method === 'POST' || operation.method === 'PUT'));
		const inQuery = (field) => field.in === 'query' || (!field.in && (operation.method === 'GET' || operation.method === 'DELETE'));
		const bodyFields = new Map((op.body?.fields ?? []).map((f) => [f.name, f]));
		const queryParams = new Map(op.query.map((q) => [q.name, q]));
		for (const field of all) {
			if (field.in === 'path') {
				expect({ field: field.wire, inPath: operation.path.includes(`{${field.wire}}`) }).toEqual({ field: field.wire, inPath: true });
				continue;
			}
			if (inBody(field) && field.kind !== 'binary') {
				// Multipart lists are named `name[]` in the catalog.
				const spec = bodyFields.get(field.wire) ?? bodyFields.get(`${field.wire}[]`);
				expect({ field: field.wire, inCatalog: Boolean(spec) }).toEqual({ field: field.wire, inCatalog: true });
				const expected = TYPE_OF_KIND[field.kind];
				if (expected && spec.type !== 'unknown') expect({ field: field.wire, type: [].concat(expected).includes(spec.type) }).toEqual({ field: field.wire, type: true });
			}
			if (inQuery(field)) {
				const wire = field.kind === 'list' ? `${field.wire}[]` : field.wire;
				expect({ filter: wire, inCatalog: queryParams.has(wire) || queryParams.has(field.wire) }).toEqual({ filter: wire, inCatalog: true });
			}
		}
		// Every required query parameter is asked for (or has a value the node always sends).
		for (const param of op.query.filter((q) => q.required && !REQUIRED_BUT_OPTIONAL.has(`${operation.method} ${operation.path} ${q.name}`))) {
			const field = all.find((f) => f.wire === param.name.replace(/\[\]$/, ''));
			const asked = field && (field.required === true || field.autofill !== undefined || field.default !== undefined || field.kind === 'boolean');
			expect({ requiredQuery: param.name, asked: Boolean(asked) }).toEqual({ requiredQuery: param.name, asked: true });
		}
	});
});

// Any Endpoint reads the catalog the package ships: it must say exactly what the full catalog says.
describe('the typed operation\'s shipped catalog against the full catalog', () => {
	const shipped = require('../nodes/Factorial/catalog/endpoints.json');
	const compact = (f) => ({ name: f.n, type: f.t, required: f.r === 1, enum: f.e ?? null, items: f.i ?? null });
	const full = (f) => ({ name: f.name, type: f.type, required: f.required === true, enum: f.enum ?? null, items: f.items?.type ?? null });
	test('every endpoint once, with the same method, path, query parameters and body fields', () => {
		expect(shipped.endpoints).toHaveLength(operations.length);
		for (const e of shipped.endpoints) {
			const op = fullCatalog.get(`${e.m} /api/${VERSION}/resources/${e.p}`);
			expect({ endpoint: `${e.m} ${e.p}`, known: Boolean(op) }).toEqual({ endpoint: `${e.m} ${e.p}`, known: true });
			expect((e.pp ?? []).map(compact)).toEqual(op.pathParams.map(full));
			expect((e.q ?? []).map(compact)).toEqual(op.query.map(full));
			expect((e.b ?? []).map(compact)).toEqual((op.body?.fields ?? []).map(full));
			expect(Boolean(e.mp)).toBe(op.body?.contentType === 'multipart/form-data');
			expect(Boolean(e.l)).toBe(op.response.kind === 'list');
		}
	});
});

// Everything Any Endpoint can send: each of the 615 endpoints called through the node with every
// parameter filled in, and the request the sandbox received compared with the catalog (method, path,
// query names, body names; body types are checked by the sandbox's generic layer, which reports
// unknown names in its log).
describe('the typed operation sends only what the catalog names', () => {
	const { startSandbox } = require('./sandbox');
	const { runFactorial, apiRequests, lastSeq, rl } = require('./helpers/factorial');
	const { storeBinary } = require('./helpers/n8n-harness');
	const shipped = require('../nodes/Factorial/catalog/endpoints.json');
	let sb;
	beforeAll(async () => {
		sb = await startSandbox({ port: 0, employees: 20, postLimit: 10000 });
	});
	afterAll(async () => sb.close());

	function sample(field) {
		const name = field.n.replace(/\[\]$/, '');
		if (field.e) return field.e[0];
		switch (field.t) {
			case 'number':
				return 1;
			case 'boolean':
				return true;
			case 'object':
				return '{"manager_employee_id": "1", "only_direct_reports": true}';
			case 'binary':
				return 'data';
			case 'array':
				if (field.i === 'binary') return 'data';
				if (field.i === 'object') return '[{"name": "x"}]';
				return field.ie ? String(field.ie[0]) : field.i === 'number' ? '1' : '1';
			default:
				if (/(_on|_date|^date|^from|^to|^day)$/.test(name)) return '2026-09-01';
				if (/_at$/.test(name)) return '2026-09-01T09:00:00Z';
				if (/(^|_)ids?$/.test(name)) return '1';
				return 'x';
		}
	}

	test('all 615 endpoints', async () => {
		const binary = { data: await storeBinary(Buffer.from('conformance'), { fileName: 'c.txt', mimeType: 'text/plain' }) };
		const problems = [];
		let sent = 0;
		for (const e of shipped.endpoints) {
			const value = {};
			for (const f of e.pp ?? []) value[`path_${f.n}`] = '1';
			for (const f of e.q ?? []) value[`query_${f.n.replace(/\[\]$/, '')}`] = sample(f);
			for (const f of e.b ?? []) value[`body_${f.n.replace(/\[\]$/, '')}`] = sample(f);
			const before = await lastSeq(sb);
			const { error } = await runFactorial(sb, {
				items: [{ json: {}, binary }],
				continueOnFail: true,
				parameters: {
					resource: 'anyEndpoint',
					operation: 'call',
					endpoint: rl(`${e.m} ${e.p}`),
					endpointFields: { mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] },
					returnAll: false,
					limit: 1,
				},
			});
			const [request, ...more] = await apiRequests(sb, before);
			const where = `${e.m} ${e.p}`;
			if (error || !request) {
				problems.push(`${where}: nothing sent (${error && error.message})`);
				continue;
			}
			sent++;
			if (more.length) problems.push(`${where}: ${1 + more.length} requests`);
			if (request.method !== e.m || request.path !== `/api/${VERSION}/resources/${e.p.replace('{id}', '1')}`) problems.push(`${where}: sent ${request.method} ${request.path}`);
			const queryNames = (e.q ?? []).map((q) => q.n);
			// An object filter goes as name[key]=value, once per key.
			const sentQuery = [...new Set(Object.keys(request.query).filter((k) => !['limit', 'after_id'].includes(k)).map((k) => k.replace(/\[[a-z_]+\]$/, '')))];
			if (!sentQuery.every((k) => queryNames.includes(k)) || !queryNames.every((n) => sentQuery.includes(n))) {
				problems.push(`${where}: query ${JSON.stringify(sentQuery)} ≠ catalog ${JSON.stringify(queryNames)}`);
			}
			if (e.b) {
				const names = e.b.map((f) => f.n);
				// A multipart form's lists arrive as `name` (parts `name[]`), its files under their part name.
				const sentBody = Object.keys(request.body ?? {}).map((k) => (names.includes(k) ? k : names.includes(`${k}[]`) ? `${k}[]` : k));
				if (sentBody.sort().join() !== [...names].sort().join()) problems.push(`${where}: body ${JSON.stringify(sentBody)} ≠ catalog ${JSON.stringify(names)}`);
			}
			if (request.unknownFields || request.unknownQuery) problems.push(`${where}: sandbox reports unknown ${JSON.stringify([request.unknownFields, request.unknownQuery])}`);
		}
		expect(problems).toEqual([]);
		expect(sent).toBe(615);
	}, 300000);
});
