'use strict';
// Saved workflows keep working. test/fixtures/saved-workflows holds, for every resource, a workflow
// as n8n saves it, with one Factorial node for every operation (parameters without their defaults,
// collections, pickers as resource locators), and the requests each node sent when the fixture was
// recorded (scripts/saved-workflows.js, from the node before the engine moved). Each node runs again
// here, in its file's order against one fresh sandbox, and must send exactly those requests: a
// renamed parameter, a changed default, path, query or body fails the test. The fixtures are not
// re-recorded to make this pass; a stored parameter name changes only with a node version bump.
const fs = require('node:fs');
const path = require('node:path');
const { startSandbox } = require('./sandbox');
const { runFactorial, apiRequests, lastSeq } = require('./helpers/factorial');
const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');

const DIR = path.join(__dirname, 'fixtures', 'saved-workflows');
const workflows = fs
	.readdirSync(DIR)
	.filter((file) => file.endsWith('.json'))
	.sort()
	.map((file) => ({ file, ...JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) }));

test('the fixtures use every operation of every resource the node offers', () => {
	const { properties } = new Factorial().description;
	const offered = properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => p.options.map((o) => `${p.displayOptions.show.resource[0]}.${o.value}`));
	const saved = workflows.flatMap(({ nodes }) =>
		nodes.map(({ parameters }) => {
			// n8n leaves a parameter at its default out of the saved node: the resource and operation too.
			const resource = parameters.resource ?? properties.find((p) => p.name === 'resource').default;
			const operation =
				parameters.operation ??
				properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource)).default;
			return `${resource}.${operation}`;
		}),
	);
	expect(saved.sort()).toEqual(offered.sort());
});

describe.each(workflows.map((workflow) => [workflow.file, workflow]))('%s', (file, workflow) => {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox({ port: 0 });
	});
	afterAll(async () => sb.close());

	test.each(workflow.nodes.map((node) => [node.name, node]))('%s sends the recorded requests', async (name, node) => {
		const { input = [{ json: {} }], requests: expected } = workflow.recorded[name];
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, {
			parameters: node.parameters,
			typeVersion: node.typeVersion,
			items: structuredClone(input),
		});
		const requests = (await apiRequests(sb, before)).map(({ method, path: p, query, body }) => ({ method, path: p, query, body }));
		expect(requests).toEqual(expected);
		expect(error).toBeUndefined();
	});
});
