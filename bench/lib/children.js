'use strict';
// Clients run in their own Node process, one at a time, so that each gets a clean heap to measure and
// none shares an event loop with the sandbox (which stays in the runner process).
const { spawn } = require('node:child_process');
const path = require('node:path');

/** Runs bench/child/<script>.js with `input` (JSON on argv); resolves to the JSON it prints last. */
function runChild(script, input, { timeoutMs = 300000 } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, '..', 'child', `${script}.js`), JSON.stringify(input)], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			const line = stdout.trim().split('\n').pop();
			try {
				if (code !== 0) throw new Error(`exit ${code}`);
				resolve(JSON.parse(line));
			} catch (error) {
				reject(new Error(`bench child ${script} failed (${error.message}):\n${stderr.slice(-3000)}\n${stdout.slice(-1000)}`));
			}
		});
	});
}

module.exports = { runChild };
