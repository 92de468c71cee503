'use strict';
// Redis and Postgres for n8n's queue mode (EXECUTIONS_MODE=queue), from Debian's packages, started
// for one scenario and stopped with it. Nothing here is a dependency of the package: n8n itself needs
// them to run several workers.
//
// Installed once with apt-get when missing (CI runs as root on a fresh machine with no service
// running). Like the n8n cache (n8n-install.js), the install counts as done only once it has been
// seen working: a marker in the cache folder is written after Redis answered PING and Postgres
// answered a query; a later run that finds the marker but not the binaries installs again.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const proc = require('./proc');
const { cacheRoot } = require('./n8n-install');

const PACKAGES = ['redis-server', 'postgresql'];
const MARKER = () => path.join(cacheRoot(), 'queue-services-debian-1.json');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function which(name) {
	for (const dir of (process.env.PATH || '').split(path.delimiter)) {
		const file = path.join(dir, name);
		if (dir && fs.existsSync(file)) return file;
	}
	return undefined;
}

/** Postgres' server binaries: Debian keeps them out of PATH, in /usr/lib/postgresql/<major>/bin. */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a)) : [];
	for (const major of majors) {
		const dir = path.join(root, major, 'bin');
		if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) return dir;
	}
	const initdb = which('initdb');
	return initdb && which('postgres') ? path.dirname(fs.realpathSync(initdb)) : undefined;
}

function binaries() {
	const pg = postgresBin();
	const redis = which('redis-server');
	return pg && redis ? { redis, initdb: path.join(pg, 'initdb'), postgres: path.join(pg, 'postgres'), pgIsReady: path.join(pg, 'pg_isready') } : undefined;
}

function install() {
	if (typeof process.getuid === 'function' && process.getuid() !== 0) {
		throw new Error(`Redis and Postgres are needed for the queue-mode scenario: install the Debian packages ${PACKAGES.join(' ')} (as root: apt-get install -y ${PACKAGES.join(' ')})`);
	}
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const run = (args) => {
		process.stderr.write(`[queue-services] apt-get ${args.join(' ')}\n`);
		execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60000 });
	};
	run(['update', '-q']);
	// The packages' own scripts would start system-wide services; ours are started below, per run.
	run(['install', '-y', '-q', '--no-install-recommends', ...PACKAGES]);
}

/** Redis' and Postgres' binaries, installed when missing. */
function ensureBinaries() {
	let found = binaries();
	if (!found) {
		fs.rmSync(MARKER(), { force: true });
		install();
		found = binaries();
		if (!found) throw new Error(`apt-get installed ${PACKAGES.join(' ')} but redis-server or Postgres' initdb/postgres is still missing`);
	}
	return found;
}

function redisPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		socket.setTimeout(1000, () => socket.destroy());
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (d) => {
			answer += d;
			if (answer.includes('\r\n')) socket.end();
		});
		socket.on('close', () => resolve(answer.startsWith('+PONG')));
		socket.on('error', () => resolve(false));
	});
}

async function waitFor(what, check, child, timeoutMs = 60000) {
	const started = Date.now();
	let exited = false;
	child.exited.then(() => (exited = true));
	while (!(await check())) {
		if (exited) throw new Error(`${what} exited before it was ready`);
		if (Date.now() - started > timeoutMs) throw new Error(`${what} not ready after ${timeoutMs} ms`);
		await sleep(200);
	}
}

/** Postgres refuses to run as root: as root, its data folder and processes belong to the postgres user. */
function asPostgresUser(cmd, args) {
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	return root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

/**
 * Starts a fresh Redis and a fresh Postgres (trust authentication, database `postgres`, listening on
 * 127.0.0.1 only) on free ports; `stop()` ends both and removes their data.
 */
async function startQueueServices({ onOutput } = {}) {
	const bin = ensureBinaries();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factorial-queue-'));
	const children = [];
	const stop = async () => {
		for (const child of children.reverse()) await proc.stop(child);
		fs.rmSync(dir, { recursive: true, force: true });
	};
	try {
		const redisPort = await proc.freePort();
		const redis = proc.spawnTracked(bin.redis, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { onOutput });
		children.push(redis);
		await waitFor('redis-server', () => redisPing(redisPort), redis);

		const data = path.join(dir, 'pg');
		fs.mkdirSync(data, { mode: 0o700 });
		if (process.getuid && process.getuid() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
		const [initCmd, initArgs] = asPostgresUser(bin.initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
		execFileSync(initCmd, initArgs, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
		const pgPort = await proc.freePort();
		const [pgCmd, pgArgs] = asPostgresUser(bin.postgres, ['-D', data, '-p', String(pgPort), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100']);
		const postgres = proc.spawnTracked(pgCmd, pgArgs, { onOutput });
		children.push(postgres);
		await waitFor('postgres', () => accepting(bin.pgIsReady, pgPort), postgres);
		fs.mkdirSync(cacheRoot(), { recursive: true });
		fs.writeFileSync(MARKER(), `${JSON.stringify({ verified: new Date().toISOString(), ...bin }, null, 2)}\n`);
		return {
			stop,
			env: {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(pgPort),
				DB_POSTGRESDB_DATABASE: 'postgres',
				DB_POSTGRESDB_USER: 'postgres',
				DB_POSTGRESDB_PASSWORD: '',
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redisPort),
			},
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

/** pg_isready: exit 0 once the server accepts connections (not merely listens). */
function accepting(pgIsReady, port) {
	try {
		execFileSync(pgIsReady, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres'], { stdio: 'ignore', timeout: 5000 });
		return true;
	} catch {
		return false;
	}
}

module.exports = { startQueueServices, ensureBinaries };
