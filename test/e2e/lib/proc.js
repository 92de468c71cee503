'use strict';
// Child processes for the e2e suite and the demo. Every child is spawned in its own process group and
// remembered, so that one kill takes down n8n together with the task runner it forks, and so that
// nothing outlives us: on normal exit, on Ctrl-C and on a crash.
const { spawn } = require('node:child_process');
const net = require('node:net');

const live = new Set();

function killGroup(child, signal = 'SIGTERM', evenIfExited = false) {
	if (!evenIfExited && (child.exitCode !== null || child.signalCode !== null)) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		/* the whole group is gone already */
	}
}

function killAll(signal) {
	for (const child of live) killGroup(child, signal);
}

process.on('exit', () => killAll('SIGKILL'));
// Ctrl-C (or a CI timeout): let n8n shut down cleanly for a few seconds, then make sure it is gone.
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
	process.once(sig, async () => {
		killAll('SIGTERM');
		const deadline = Date.now() + 5000;
		while (live.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		killAll('SIGKILL');
		process.exit(code);
	});
}

/**
 * Spawns a tracked child. `onOutput(chunk, streamName)` sees everything it prints (the suite copies it
 * into one log file to scan for leaks). Returns the ChildProcess with an extra `exited` promise.
 */
function spawnTracked(cmd, args, { env, cwd, onOutput } = {}) {
	const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	live.add(child);
	for (const name of ['stdout', 'stderr']) {
		child[name].on('data', (chunk) => onOutput && onOutput(chunk.toString('utf8'), name));
	}
	// A task runner n8n forked shares the pipes; kill it when n8n ends, or 'close' would never come.
	child.on('exit', () => killGroup(child, 'SIGKILL', true));
	child.exited = new Promise((resolve) => {
		child.on('close', (code, signal) => {
			live.delete(child);
			resolve({ code, signal });
		});
		child.on('error', (error) => {
			live.delete(child);
			resolve({ code: -1, signal: null, error });
		});
	});
	return child;
}

/** Runs a command to its end and returns { code, stdout, stderr, ms }; kills it after timeoutMs. */
async function run(cmd, args, { timeoutMs = 180000, ...opts } = {}) {
	const started = Date.now();
	let stdout = '';
	let stderr = '';
	const child = spawnTracked(cmd, args, {
		...opts,
		onOutput: (text, name) => {
			if (name === 'stdout') stdout += text;
			else stderr += text;
			if (opts.onOutput) opts.onOutput(text, name);
		},
	});
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
	const { code, signal, error } = await child.exited;
	clearTimeout(timer);
	if (error) throw error;
	const ms = Date.now() - started;
	if (signal === 'SIGKILL' && ms >= timeoutMs) {
		throw new Error(`${cmd} ${args.join(' ')} timed out after ${timeoutMs} ms\n${tail(stdout + stderr)}`);
	}
	return { code, signal, stdout, stderr, ms };
}

/** Stops a long-running child: SIGTERM to its group, SIGKILL if it lingers. */
async function stop(child, graceMs = 10000) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	killGroup(child, 'SIGTERM');
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
	await child.exited;
	clearTimeout(timer);
}

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

function tail(text, lines = 40) {
	return text.split('\n').slice(-lines).join('\n');
}

module.exports = { spawnTracked, run, stop, freePort, tail };
