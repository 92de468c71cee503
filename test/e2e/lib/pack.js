'use strict';
// Installs this repository into an n8n user folder exactly the way a user gets it: `npm pack`, then an
// npm install of the tarball into `<user folder>/.n8n/nodes`, where n8n looks for community packages.
// Packing (rather than linking dist/) proves that package.json's `files` ships everything n8n needs.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run } = require('./proc');

const REPO = path.resolve(__dirname, '..', '..', '..');
const PACKAGE_NAME = require(path.join(REPO, 'package.json')).name;

let packed; // one tarball per process: the suite and the demo pack once however many folders they fill

async function packRepo() {
	if (packed) return packed;
	for (const file of ['dist/nodes/Factorial/Factorial.node.js']) {
		if (!fs.existsSync(path.join(REPO, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factorial-pack-'));
	process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
	const r = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO, env: process.env });
	if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr}`);
	const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
	packed = { tgz: path.join(dir, info.filename), files: info.files.map((f) => f.path), dir };
	return packed;
}

/**
 * npm install of the packed tarball into `<userFolder>/.n8n/nodes` with Node 24 first on PATH (`env`).
 * `--legacy-peer-deps`: the peer n8n-workflow is already inside n8n; npm must not fetch a second copy.
 */
async function installInto(userFolder, env) {
	const { tgz } = await packRepo();
	const prefix = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(prefix, { recursive: true });
	const args = ['install', '--prefix', prefix, tgz, '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', '--omit=dev'];
	const r = await run('npm', args, { env, timeoutMs: 120000 });
	if (r.code !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	const installed = path.join(prefix, 'node_modules', PACKAGE_NAME, 'package.json');
	if (!fs.existsSync(installed)) throw new Error(`npm install did not produce ${installed}`);
	return path.dirname(installed);
}

module.exports = { packRepo, installInto, PACKAGE_NAME, REPO };
