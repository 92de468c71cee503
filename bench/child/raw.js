'use strict';
// The baseline a developer would write without n8n: a plain undici loop. `pages`: follow the cursor
// through every page of employees and keep every record; `reads`: GET each id, one after another.
const { request, Agent } = require('undici');
const { measure } = require('./memory');

const dispatcher = new Agent({ keepAliveTimeout: 10000 });

async function get(input, path) {
	const res = await request(`${input.url}/api/2026-10-01/resources/${path}`, {
		headers: { 'x-api-key': input.apiKey, accept: 'application/json' },
		dispatcher,
	});
	const text = await res.body.text();
	return { status: res.statusCode, text };
}

async function pages(input) {
	const records = [];
	let bytes = 0;
	let requests = 0;
	let cursor;
	for (;;) {
		const { status, text } = await get(input, `employees/employees?limit=100${cursor ? `&after_id=${encodeURIComponent(cursor)}` : ''}`);
		requests++;
		if (status !== 200) throw new Error(`page answered ${status}: ${text.slice(0, 200)}`);
		bytes += Buffer.byteLength(text);
		const page = JSON.parse(text);
		for (const record of page.data) records.push(record);
		if (!page.meta.has_next_page) break;
		cursor = page.meta.end_cursor;
	}
	return { records, bytes, requests };
}

async function reads(input) {
	let errors = 0;
	const records = [];
	for (const id of input.ids) {
		const { status, text } = await get(input, `employees/employees/${id}`);
		if (status === 200) records.push(JSON.parse(text));
		else errors++;
	}
	return { records, errors, requests: input.ids.length };
}

async function main() {
	const input = JSON.parse(process.argv[2]);
	const task = input.mode === 'pages' ? pages : reads;
	if (input.mode === 'pages') await get(input, 'employees/employees?limit=10'); // warm-up, as the node's
	else await get(input, `employees/employees/${input.ids[0]}`);
	const m = await measure(() => task(input));
	const { records, ...rest } = m.result;
	process.stdout.write(
		`${JSON.stringify({
			ms: m.ms,
			peakJsBytes: m.peakJsBytes,
			peakRssBytes: m.peakRssBytes,
			retainedJsBytes: m.retainedJsBytes,
			items: records.length,
			errors: rest.errors || 0,
			responseBytes: rest.bytes,
			requests: rest.requests,
		})}\n`,
	);
	await dispatcher.close();
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
