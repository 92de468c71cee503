'use strict';
// The n8n install cache (test/e2e/lib/n8n-install.js) must never hand out a half-built n8n: these
// check the pieces that make that so, without installing n8n (the e2e suite does that for real).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { cleanEnv, usable, buildInto, pruneUnusable, RECIPE } = require('./e2e/lib/n8n-install');

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'factorial-install-test-'));

test('the nested npm gets none of the npm settings `npm run` exports', () => {
	const saved = { ...process.env };
	Object.assign(process.env, { npm_config_ignore_scripts: 'true', npm_config_nodedir: '/usr', NPM_CONFIG_GLOBAL: 'true', npm_lifecycle_event: 'test:e2e' });
	try {
		const env = cleanEnv({ NODE_BIN: '/x' });
		expect(Object.keys(env).filter((k) => /^npm_/i.test(k))).toEqual([]);
		expect(env.NODE_BIN).toBe('/x');
		expect(env.HOME).toBe(process.env.HOME);
		// What the nested npm then believes, asked of npm itself.
		const said = execFileSync('npm', ['config', 'get', 'ignore-scripts'], { cwd: os.tmpdir(), env, encoding: 'utf8' }).trim();
		expect(said).toBe('false');
	} finally {
		for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
	}
});

test('a folder is complete only when its build succeeded, and names the recipe', () => {
	const root = tmp();
	const dir = path.join(root, 'n8n-x');
	expect(() =>
		buildInto(dir, (t) => {
			fs.writeFileSync(path.join(t, 'half'), '');
			throw new Error('native build failed');
		}),
	).toThrow('native build failed');
	expect(fs.readdirSync(root)).toEqual([]); // no marker, no leftover temporary folder
	buildInto(dir, (t) => fs.writeFileSync(path.join(t, 'whole'), ''));
	expect(fs.readdirSync(root)).toEqual(['n8n-x']);
	expect(fs.readFileSync(path.join(dir, '.complete'), 'utf8')).toMatch(new RegExp(`^recipe ${RECIPE}, verified `));
	fs.rmSync(root, { recursive: true, force: true });
});

test('a complete folder that no longer passes its check is removed, to be installed again', () => {
	const root = tmp();
	const dir = path.join(root, 'n8n-x');
	expect(usable(dir, () => {})).toBe(false); // nothing there
	buildInto(dir, () => {});
	expect(usable(dir, () => {})).toBe(true);
	const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
	expect(
		usable(dir, () => {
			throw new Error("Cannot find module 'sqlite3'");
		}),
	).toBe(false);
	stderr.mockRestore();
	expect(fs.existsSync(dir)).toBe(false);
	fs.rmSync(root, { recursive: true, force: true });
});

test('a folder without the completion marker is never used, whatever it holds', () => {
	const root = tmp();
	const dir = path.join(root, 'n8n-x');
	fs.mkdirSync(path.join(dir, 'node_modules', 'n8n'), { recursive: true });
	let checked = false;
	expect(usable(dir, () => (checked = true))).toBe(false);
	expect(checked).toBe(false);
	fs.rmSync(root, { recursive: true, force: true });
});

test("what older recipes and killed installs left is removed; this recipe's folders, other versions, the demo's and running installs are kept", () => {
	const root = tmp();
	// A temporary folder belongs to an install in progress while its process lives.
	const keep = [`n8n-2.41.1-node24-recipe${RECIPE}`, `node-24-recipe${RECIPE}`, 'demo-user-folder', `n8n-2.39.10-node24-recipe${RECIPE}.tmp-${process.pid}`];
	const old = ['n8n-2.39.10-node24', 'node-24', `n8n-2.39.10-node24-recipe${RECIPE - 1}`, `n8n-2.39.10-node24-recipe${RECIPE}.tmp-99999999`];
	for (const name of [...keep, ...old]) fs.mkdirSync(path.join(root, name));
	const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
	pruneUnusable(root);
	stderr.mockRestore();
	expect(fs.readdirSync(root).sort()).toEqual([...keep].sort());
	fs.rmSync(root, { recursive: true, force: true });
});
