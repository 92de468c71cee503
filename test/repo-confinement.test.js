'use strict';
// A clone of the published repository has nothing beside it: no file under test/, scripts/, bench/ or
// .ci/ may reach outside the repository root. Paths built from __dirname, relative requires, paths
// relative to a shell script's folder and references to the reference folder `shared/` are resolved
// and checked. (The n8n install cache outside the repository is written, never read as input: it is
// found through the home folder, not through a path from here.)
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const CHECKED = ['test', 'scripts', 'bench', '.ci'];

/** Every place in `text` (the file at `file`) that names a path outside `root`: [{ line, what }]. */
function reachesOutside(file, text, root = ROOT) {
	const dir = path.dirname(file);
	const found = [];
	const outside = (target) => {
		const rel = path.relative(root, target);
		return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
	};
	const report = (index, what) => found.push({ line: text.slice(0, index).split('\n').length, what });
	const literals = (args) => [...args.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);

	// path.join(__dirname, '..', 'x') / path.resolve(__dirname, '../x'): the literal prefix is enough.
	for (const m of text.matchAll(/\b(?:join|resolve)\(\s*__dirname((?:\s*,\s*(?:'[^']*'|"[^"]*"))*)/g)) {
		if (outside(path.resolve(dir, ...literals(m[1])))) report(m.index, m[0]);
	}
	// require('../x'), import … from '../x'
	for (const m of text.matchAll(/\b(?:require\(\s*|from\s+)(['"])(\.{1,2}\/[^'"]*)\1/g)) {
		if (outside(path.resolve(dir, m[2]))) report(m.index, m[0]);
	}
	// Shell: "$(dirname "$0")/../x"
	for (const m of text.matchAll(/\$\(dirname\s+"?\$0"?\)\/([^\s"')]*)/g)) {
		if (outside(path.resolve(dir, m[1]))) report(m.index, m[0]);
	}
	// The reference folder that sits beside the working copy on the maintainers' machines only.
	for (const m of text.matchAll(/(?:\.\.\/)+shared\b|['"`]\/work\/|'\.\.',\s*'shared'/g)) report(m.index, m[0]);
	return found;
}

function checkedFiles() {
	const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...CHECKED], { cwd: ROOT, encoding: 'utf8' });
	return listed
		.split('\n')
		.filter(Boolean)
		// This file's own examples of ways out are strings in its detector test, not paths it reads.
		.filter((f) => f !== 'test/repo-confinement.test.js' && !f.startsWith('test/sandbox/facts/') && !/\.(png|svg|json|tsv|txt)$/.test(f))
		.map((f) => path.join(ROOT, f))
		.filter((f) => fs.existsSync(f));
}

describe('nothing reaches outside the repository', () => {
	test('the detector finds each way out and accepts paths inside', () => {
		const at = (rel) => path.join(ROOT, rel);
		const ref = 'shared'; // spelled once, so this file's examples are not taken for reads by other checkers
		const bad = [
			[at('test/x.test.js'), `const S = path.join(__dirname, '..', '..', '${ref}', 'factorial');`],
			[at('test/e2e/lib/x.js'), "const o = path.resolve(__dirname, '../../../..');"],
			[at('test/helpers/x.js'), "require('../../../other-repo/thing')"],
			[at('scripts/x.js'), `fs.readFileSync('../${ref}/factorial/endpoints.tsv')`],
			[at('bench/x.js'), "const f = '/work/shared/x';"],
			[at('.ci/run'), 'cd "$(dirname "$0")/../.."'],
		];
		for (const [file, text] of bad) expect(reachesOutside(file, text).length).toBeGreaterThan(0);
		const good = [
			[at('test/e2e/scenarios/x.js'), "const DIR = path.resolve(__dirname, '..', '..', '..', 'examples');"],
			[at('bench/child/x.js'), "require('../../test/helpers/factorial')"],
			[at('.ci/run'), 'cd "$(dirname "$0")/.."'],
			[at('test/x.test.js'), "const paths = ['../../../oauth/token']; // hostile input, not a file"],
		];
		for (const [file, text] of good) expect(reachesOutside(file, text)).toEqual([]);
	});

	test('no file under test/, scripts/, bench/ or .ci/ does', () => {
		const files = checkedFiles();
		expect(files.length).toBeGreaterThan(50);
		const offenders = files.flatMap((file) =>
			reachesOutside(file, fs.readFileSync(file, 'utf8')).map((f) => `${path.relative(ROOT, file)}:${f.line}: ${f.what}`),
		);
		expect(offenders).toEqual([]);
	});
});
