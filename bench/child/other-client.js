'use strict';
// "Another client" of the same API key: a plain undici loop that spends a fixed share of the POST
// budget. It keeps a schedule of one POST every windowMs / perWindow (so it spends `perWindow` per
// window), sends one at a time, and when answered 429 waits the Retry-After and sends the same POST
// again, catching up with its schedule afterwards. A POST still refused after `tries` attempts is
// lost. Prints one JSON line.
const { request, Agent } = require('undici');

const dispatcher = new Agent({ keepAliveTimeout: 10000 });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function post(input, body) {
	const res = await request(`${input.url}/api/2026-10-01/resources/${input.path}`, {
		method: 'POST',
		headers: { 'x-api-key': input.apiKey, accept: 'application/json', 'content-type': 'application/json' },
		body: JSON.stringify(body),
		dispatcher,
	});
	await res.body.text();
	return { status: res.statusCode, retryAfter: Number(res.headers['retry-after']) };
}

async function main() {
	const input = JSON.parse(process.argv[2]);
	const gap = input.windowMs / input.perWindow;
	const started = Date.now();
	let accepted = 0;
	let answered429 = 0;
	let lost = 0;
	let otherFailures = 0;
	let maxLateMs = 0;
	for (const [k, body] of input.bodies.entries()) {
		await sleep(started + k * gap - Date.now());
		maxLateMs = Math.max(maxLateMs, Date.now() - (started + k * gap));
		let done = false;
		for (let attempt = 1; attempt <= input.tries && !done; attempt++) {
			const { status, retryAfter } = await post(input, body);
			if (status === 429) {
				answered429++;
				if (attempt < input.tries) await sleep((Number.isFinite(retryAfter) ? retryAfter : 1) * 1000);
			} else {
				done = true;
				if (status < 300) accepted++;
				else otherFailures++;
			}
		}
		if (!done) lost++;
	}
	process.stdout.write(`${JSON.stringify({ sent: input.bodies.length, accepted, answered429, lost, otherFailures, ms: Date.now() - started, maxLateMs })}\n`);
	await dispatcher.close();
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
