'use strict';
// The layout the code keeps (README → Layout): what both nodes use lives in nodes/shared and belongs
// to neither node; the Trigger reaches nothing of the Factorial node; resources/ holds only resource
// folders and the index that lists them.
const fs = require('node:fs');
const path = require('node:path');

const NODES = path.join(__dirname, '..', 'nodes');

function tsFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return tsFiles(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
}

/** Every relative import of the TypeScript files below `dir`, resolved: [{ file, target }]. */
function relativeImports(dir) {
	return tsFiles(dir).flatMap((file) =>
		[...fs.readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']*)'/g)].map((m) => ({
			file: path.relative(NODES, file),
			target: path.relative(NODES, path.resolve(path.dirname(file), m[1])),
		})),
	);
}

const outside = (imports, allowed) =>
	imports.filter(({ target }) => !allowed.some((prefix) => target === prefix || target.startsWith(`${prefix}${path.sep}`)));

test.each(['FactorialTrigger', 'FactorialPollingTrigger'])('%s imports only its own files and nodes/shared', (node) => {
	expect(outside(relativeImports(path.join(NODES, node)), [node, 'shared'])).toEqual([]);
});

test('nodes/shared imports neither node (only itself and the credentials)', () => {
	expect(outside(relativeImports(path.join(NODES, 'shared')), ['shared', path.join('..', 'credentials')])).toEqual([]);
});

test('resources/ holds only resource folders and their index', () => {
	const entries = fs.readdirSync(path.join(NODES, 'Factorial', 'resources'), { withFileTypes: true });
	expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual(['index.ts']);
});

test('every node folder carries the same icons (the editor shows them side by side)', () => {
	for (const file of ['factorial.svg', 'factorial.dark.svg']) {
		const icon = fs.readFileSync(path.join(NODES, 'Factorial', file));
		for (const node of ['FactorialTrigger', 'FactorialPollingTrigger']) expect(fs.readFileSync(path.join(NODES, node, file)).equals(icon)).toBe(true);
	}
});
