#!/usr/bin/env node
'use strict';
// node test/sandbox/cli.js --port 4010 --employees 260 --post-limit 200 --post-window-ms 60000
// Prints one JSON line {"url", "fixtures"} once listening, then runs until SIGINT/SIGTERM.
const { startSandbox } = require('./index');

const FLAGS = {
	'--port': 'port',
	'--employees': 'employees',
	'--post-limit': 'postLimit',
	'--post-window-ms': 'postWindowMs',
	'--access-token-ttl-sec': 'accessTokenTtlSec',
	'--seed': 'seed',
	'--latency-ms': 'latencyMs',
	'--log-limit': 'logLimit',
	'--faults': 'faults', // JSON, e.g. '{"seed":7,"error5xxBeforeApply":0.1}'
	'--redirect-uri': 'redirectUris', // repeatable
};

function parseArgs(argv) {
	const options = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s);
		const key = FLAGS[flag];
		if (!key) throw new Error(`unknown flag ${flag}; known: ${Object.keys(FLAGS).join(' ')}`);
		const value = inline !== undefined ? inline : argv[++i];
		if (value === undefined) throw new Error(`flag ${flag} needs a value`);
		if (key === 'faults') options.faults = JSON.parse(value);
		else if (key === 'redirectUris') (options.redirectUris = options.redirectUris || []).push(value);
		else options[key] = Number(value);
	}
	return options;
}

async function main() {
	const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
	process.stdout.write(`${JSON.stringify({ url: sandbox.url, fixtures: sandbox.fixtures })}\n`);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((err) => {
	process.stderr.write(`sandbox: ${err.message}\n`);
	process.exit(1);
});
