'use strict';
// The bad-input table: for every operation of the node (read from its own resource data, so a new
// operation is covered without editing this file), every typed field is given wrong values of its
// kind in item 1 (item 0 is fine). Each must stop the node before anything is sent, with a message
// that names the field by its display name and the item, and quotes at most a short prefix.
const { resources } = require('../dist/nodes/Factorial/resources');
const { parameterName } = require('../dist/nodes/Factorial/engine/naming');
const { MAX_TEXT_LENGTH } = require('../dist/nodes/Factorial/engine/values');
const { runFactorial, useSandbox, lastSeq, apiRequests, storeBinary } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

// n8n checks each picker's value against its ID regex in a VM with a 250 ms limit before it runs
// the node; on a loaded machine, among thousands of runs, one such check can miss that limit
// ("Regular expression execution timed out", seen once in a full run). That is n8n's timing, not a
// result of the case, so a case is tried again before it counts as failed.
jest.retryTimes(2, { logErrorsBeforeRetry: true });


/** A value each kind accepts, for item 0 and for the fields not under test. */
function goodValue(field) {
	switch (field.kind) {
		case 'email':
			return 'someone@example.com';
		case 'url':
			return 'https://example.com/hook';
		case 'time':
			return '09:00';
		case 'timeZone':
			return 'Europe/Madrid';
		case 'number':
			return field.min !== undefined && field.min > 1 ? field.min : 1;
		case 'options':
			return field.options[0].value;
		case 'list':
			return field.each === 'email' ? 'someone@example.com' : '1';
		case 'json':
			return '{}';
		case 'id':
		case 'locator':
			return '1';
		case 'date':
			return '2026-10-01';
		case 'dateTime':
			return '2026-10-01T09:00:00';
		case 'boolean':
			return false;
		case 'binary':
			return 'data';
		default:
			return 'ok';
	}
}

/** Wrong values of each kind: [what it is, the value]. */
function badValues(field) {
	const notText = ['an object', { nested: true }];
	switch (field.kind) {
		case 'email':
			return [['no @', 'someone.example.com'], ['nothing before @', '@example.com'], notText];
		case 'url':
			return [['not http(s)', 'ftp://example.com/file'], ['not a URL', 'example dot com'], ['script', 'javascript:alert(1)']];
		case 'time':
			return [['25:99', '25:99'], ['words', "nine o'clock"]];
		case 'timeZone':
			return [['unknown zone', 'Mars/Olympus_Mons'], ['a path', '../../etc/passwd']];
		case 'number': {
			const values = [['text', 'abc'], ['true/false', true]];
			if (field.min !== undefined) values.push(['below the minimum', field.min - 1]);
			if (field.max !== undefined) values.push(['above the maximum', field.max + 1]);
			if (field.integer) values.push(['a fraction', 1.5]);
			return values;
		}
		case 'options':
			return [['not listed', 'middle'], notText];
		case 'list':
			return [
				['an entry that is an object', [{ id: 1 }]],
				['too many entries', Array.from({ length: 10_001 }, (_, i) => String(i))],
				...(field.each === 'id' ? [['an ID with a slash', '12, 13/../x']] : []),
				...(field.each === 'email' ? [['an entry without @', 'a@example.com, b.example.com']] : []),
			];
		case 'json':
			return [['broken JSON', `{"a": ${'1'.repeat(200)}`]];
		case 'id':
		case 'locator':
			return [['a slash', '12/../credentials'], ['dots', '..'], ['a query', '12?x=1'], notText];
		case 'date':
			return [['no such day', '2026-02-30'], ['words', 'next tuesday']];
		case 'dateTime':
			return [['words', 'yesterday'], ['25 o\'clock', '2026-10-01T25:00:00']];
		case 'boolean':
			return [['a word', 'maybe'], ['a number', 1]];
		case 'binary':
			return [['a number', 42]];
		default:
			return [['too long', 'x'.repeat((field.maxLength ?? MAX_TEXT_LENGTH) + 1)], notText, ['a list', ['a', 'b']]];
	}
}

const byExpression = (field) => (field.kind === 'locator' ? { __rl: true, mode: 'id', value: '={{ $json.v }}' } : '={{ $json.v }}');
const asParameter = (field, value) => (field.kind === 'locator' ? { __rl: true, mode: 'id', value } : value);

function baseline(resource, operation) {
	const parameters = { resource: resource.name, operation: operation.name };
	for (const field of operation.fields ?? []) parameters[parameterName(field)] = asParameter(field, goodValue(field));
	if (operation.list) Object.assign(parameters, { returnAll: false, limit: 10 });
	return parameters;
}

/** Every case of one operation: [label, parameters, the item-1 value, display name]. */
function casesOf(resource, operation) {
	const cases = [];
	const add = (field, place) => {
		for (const [what, bad] of badValues(field)) {
			const parameters = baseline(resource, operation);
			for (const [name, allowed] of Object.entries(field.showWhen ?? {})) parameters[name] = allowed[0];
			place(parameters, byExpression(field));
			cases.push([`${field.displayName} (${field.kind}): ${what}`, parameters, goodValue(field), bad, field.displayName]);
		}
	};
	for (const field of operation.fields ?? []) add(field, (p, v) => (p[parameterName(field)] = v));
	for (const field of operation.optional?.fields ?? []) {
		add(field, (p, v) => (p[operation.optional.name] = { [parameterName(field)]: v }));
	}
	if (operation.list) {
		const limit = { displayName: 'Limit', kind: 'number' };
		for (const bad of [0, -5, 'abc', 2.5]) {
			const parameters = { ...baseline(resource, operation), limit: '={{ $json.v }}' };
			cases.push([`Limit: ${JSON.stringify(bad)}`, parameters, 10, bad, limit.displayName]);
		}
	}
	return cases;
}

// Any Endpoint's parameters come from the catalog at run time, not from fields: its bad values
// (types, choices, required, ids in the path, parameters of another endpoint) are in anyEndpoint.test.js.
const described = resources.filter((resource) => resource.name !== 'anyEndpoint');
const table = described.flatMap((resource) =>
	resource.operations.map((operation) => [`${resource.displayName} → ${operation.displayName}`, casesOf(resource, operation)]),
);

test('the table covers every operation and every typed field', () => {
	const operations = described.reduce((n, r) => n + r.operations.length, 0);
	expect(table).toHaveLength(operations);
	const fields = described.flatMap((r) => r.operations.flatMap((o) => [...(o.fields ?? []), ...(o.optional?.fields ?? [])]));
	const cases = table.reduce((n, [, c]) => n + c.length, 0);
	expect(cases).toBeGreaterThanOrEqual(fields.length);
	console.log(`bad-input table: ${operations} operations, ${fields.length} typed fields, ${cases} cases`);
});

describe.each(table)('%s', (_, cases) => {
	let items;
	let before;
	beforeAll(async () => {
		// Every item carries a file, so Document Upload's Input Binary Field is fine in item 0.
		const file = () => storeBinary(Buffer.from('file'), { fileName: 'a.txt', mimeType: 'text/plain' });
		items = [{ json: {}, binary: { data: await file() } }, { json: {}, binary: { data: await file() } }];
		before = await lastSeq(sb);
	});
	afterAll(async () => {
		// Nothing of any case reached the sandbox: not the operation, not the company lookup.
		expect(await apiRequests(sb, before)).toEqual([]);
	});

	test.each(cases)('%s', async (label, parameters, good, bad, displayName) => {
		const { error } = await runFactorial(sb, {
			parameters,
			items: [
				{ ...items[0], json: { v: good } },
				{ ...items[1], json: { v: bad } },
			],
		});
		expect(error).toBeDefined();
		expect(error.message).toContain(`"${displayName}" in item 1 `);
		expect(error.message.length).toBeLessThan(200);
		expect(error.message).not.toMatch(/is not a function|Cannot read prop|undefined/);
	});
});
