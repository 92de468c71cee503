'use strict';
// What a user reads in the editor, checked for every resource (the browser suite in test/e2e/browser
// sees it rendered for Employee): the canvas subtitle in words, plain operation texts, the list defaults,
// date pickers and picker placeholders.
const { Workflow } = require('n8n-workflow');
const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
const { FactorialTrigger } = require('../dist/nodes/FactorialTrigger/FactorialTrigger.node.js');

const description = new Factorial().description;
const properties = description.properties;
const resources = properties.find((p) => p.name === 'resource').options;
const operationsOf = (resource) =>
	properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource)).options;
const JARGON = /\b[a-z]+_[a-z_]+\b/; // a snake_case wire name

/** The subtitle as n8n renders it: the expression evaluated with the node's parameters. */
function subtitle(parameters, Type = Factorial) {
	const node = { id: 'n', name: 'Factorial', type: 'factorial', typeVersion: 1, position: [0, 0], parameters };
	const nodeTypes = { getByNameAndVersion: () => new Type(), getByName: () => new Type(), getKnownTypes: () => ({}) };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, new Type().description.subtitle, 'internal', {});
}

test.each(resources.map((r) => [r.name, r.value]))('%s: the canvas subtitle says resource and operation in words', (name, value) => {
	for (const op of operationsOf(value)) {
		expect(subtitle({ resource: value, operation: op.value })).toBe(`${name}: ${op.name}`);
	}
});

test('the trigger\'s canvas subtitle: one event in words, several as a count', () => {
	expect(subtitle({ events: ['timeoff/leave/create'] }, FactorialTrigger)).toBe('leave create');
	expect(subtitle({ events: ['employees/employee/create_with_contract'] }, FactorialTrigger)).toBe('employee create with contract');
	expect(subtitle({ events: ['timeoff/leave/create', 'employees/employee/update'] }, FactorialTrigger)).toBe('2 events');
});

test('operation and resource descriptions are plain words, not wire names', () => {
	const texts = resources.flatMap((r) => [r.description, ...operationsOf(r.value).map((o) => o.description)]);
	for (const text of texts) {
		expect(typeof text).toBe('string');
		expect(text).not.toMatch(JARGON);
	}
});

test('lists default to Return All off and Limit 50 (20 as an AI tool, see tool-mode.test.js)', () => {
	const returnAll = properties.filter((p) => p.name === 'returnAll');
	const limits = properties.filter((p) => p.name === 'limit');
	expect(returnAll.length).toBeGreaterThan(5);
	expect(returnAll.every((p) => p.default === false)).toBe(true);
	const inWorkflows = limits.filter((p) => p.displayOptions.show['@tool'][0] === false);
	const asTool = limits.filter((p) => p.displayOptions.show['@tool'][0] === true);
	expect(inWorkflows.length).toBeGreaterThan(5);
	expect(asTool).toHaveLength(inWorkflows.length);
	expect(inWorkflows.every((p) => p.default === 50 && p.typeOptions.minValue === 1)).toBe(true);
	expect(asTool.every((p) => p.default === 20 && p.typeOptions.minValue === 1)).toBe(true);
});

test('dates are date pickers and pickers read "Select a team…" / "Select an employee…"', () => {
	const all = properties.flatMap((p) => [p, ...(p.options ?? []).filter((o) => o.displayName)]);
	const dates = all.filter((p) => /\b(Date|Since|Birthday)\b/.test(p.displayName) && p.type !== 'notice');
	expect(dates.length).toBeGreaterThan(5);
	for (const p of dates) expect([p.displayName, p.type]).toEqual([p.displayName, 'dateTime']);
	const placeholders = all.filter((p) => p.type === 'resourceLocator').map((p) => p.modes[0].placeholder);
	expect(placeholders).toContain('Select an employee…');
	expect(placeholders).toContain('Select a team…');
	for (const text of placeholders) expect(text).not.toMatch(/\ba [aeiou]/i);
});

test('every picker in the description searches with a method the node has', () => {
	const methods = new Factorial().methods.listSearch;
	const named = new Set();
	const walk = (value) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') {
			if (typeof value.searchListMethod === 'string') named.add(value.searchListMethod);
			Object.values(value).forEach(walk);
		}
	};
	walk(properties);
	expect(named.size).toBeGreaterThan(5);
	for (const method of named) expect({ method, type: typeof methods[method] }).toEqual({ method, type: 'function' });
});

test('the webhook events load when the Event dropdown opens: in no property of the description, all of them from the method', async () => {
	const { WEBHOOK_EVENTS } = require('../dist/nodes/shared/webhookEvents.js');
	const shipped = JSON.stringify(properties);
	for (const event of WEBHOOK_EVENTS) expect(shipped).not.toContain(`"value":"${event.value}"`);
	const events = properties.filter((p) => JSON.stringify(p).includes('"loadOptionsMethod":"webhookEvents"'));
	expect(events.map((p) => `${p.displayOptions.show.operation[0]}.${p.name}`).sort()).toEqual([
		'create.subscriptionType',
		'getAll.filters',
		'update.updateFields',
	]);
	const loaded = await new Factorial().methods.loadOptions.webhookEvents.call({});
	expect(loaded).toHaveLength(WEBHOOK_EVENTS.length);
	expect(loaded.map((o) => o.name)).toEqual([...loaded.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
	expect(new Set(loaded.map((o) => o.value))).toEqual(new Set(WEBHOOK_EVENTS.map((o) => o.value)));
});

test('a parameter several operations define alike is listed once, and every operation keeps its own parameters in its own order', () => {
	const { resources: specs } = require('../dist/nodes/Factorial/resources/index.js');
	const { parameterName } = require('../dist/nodes/Factorial/engine/naming.js');
	const shownFor = (resource, operation) =>
		properties
			.filter((p) => p.displayOptions?.show?.resource?.includes(resource) && p.displayOptions.show.operation?.includes(operation))
			.filter((p) => !p.displayOptions.show['@tool']?.includes(true))
			.map((p) => p.name);
	let shared = 0;
	for (const resource of specs) {
		for (const op of resource.operations) {
			const expected = [
				...(op.fields ?? []).map(parameterName),
				...(op.list ? ['returnAll', 'limit'] : []),
				...(op.settings ?? []).filter((s) => !s.displayOptions?.show?.['@tool']?.includes(true)).map((s) => s.name),
				...(op.optional ? [op.optional.name] : []),
			];
			expect({ op: `${resource.name}.${op.name}`, names: shownFor(resource.name, op.name) }).toEqual({ op: `${resource.name}.${op.name}`, names: expected });
		}
		shared += properties.filter((p) => p.displayOptions?.show?.resource?.includes(resource.name) && (p.displayOptions.show.operation?.length ?? 0) > 1).length;
	}
	// Get, Update and Delete of a record share its ID field, lists their Return All and Limit.
	expect(shared).toBeGreaterThan(25);
	const employeeId = properties.filter((p) => p.name === 'employeeId' && p.displayOptions.show.resource.includes('employee'));
	expect(employeeId.length).toBeLessThan(specs.find((r) => r.name === 'employee').operations.filter((o) => (o.fields ?? []).some((f) => parameterName(f) === 'employeeId')).length);
});

test('the description n8n sends to the editor stays within its budget (README: What the editor loads)', () => {
	// 563,889 with 345 curated endpoints; the long tail belongs in Any Endpoint's on-demand catalog.
	expect(JSON.stringify(description).length).toBeLessThan(600_000);
});
