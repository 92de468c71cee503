'use strict';
const fs = require('node:fs');
const { render, README } = require('../scripts/operations-table');

test('the README operations table matches the node description', () => {
	const current = fs.readFileSync(README, 'utf8');
	expect(render(current)).toBe(current);
});

test('the README lists every operation of the node', () => {
	const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
	const readme = fs.readFileSync(README, 'utf8');
	const operations = new Factorial().description.properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => p.options.map((o) => o.name));
	expect(operations.length).toBeGreaterThan(0);
	for (const name of operations) expect(readme).toContain(name);
});
