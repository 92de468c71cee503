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

test("the quick start's test command is exactly what CI runs, and its demo command exists", () => {
	const readme = fs.readFileSync(README, 'utf8');
	const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Install'));
	const commands = [...quickStart.matchAll(/^(npm [^#\n]*?)\s*(#.*)?$/gm)].map((m) => m[1].trim());
	expect(commands).toHaveLength(2);
	const ci = fs.readFileSync(require('node:path').join(__dirname, '..', '.ci', 'run'), 'utf8');
	const ciCommands = ci.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !/^(set|cd) /.test(l));
	expect(ciCommands).toEqual([commands[1]]);
	const scripts = require('../package.json').scripts;
	for (const command of commands) {
		for (const m of command.matchAll(/npm run ([\w:]+)/g)) expect(scripts).toHaveProperty([m[1]]);
	}
});
