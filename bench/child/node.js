'use strict';
// The Factorial node run in this process through n8n-core's real execution path (the jest harness,
// test/helpers/factorial.js), against a sandbox running elsewhere. Prints one JSON line.
const { runFactorial } = require('../../test/helpers/factorial');
const { measure } = require('./memory');

async function main() {
	const input = JSON.parse(process.argv[2]);
	const sb = { url: input.url, fixtures: input.fixtures };
	const run = (spec) => runFactorial(sb, { parameters: spec.parameters, items: spec.items, continueOnFail: true });
	if (input.warmup) await run(input.warmup);
	const m = await measure(async () => {
		const out = await run(input);
		if (out.error) throw out.error;
		return out.items;
	});
	const items = m.result;
	const errors = items.filter((i) => i.json.error !== undefined);
	const summary = { items: items.length, errors: errors.length, firstError: errors[0] && errors[0].json.error, jsonBytes: input.countJson ? Buffer.byteLength(JSON.stringify(items.map((i) => i.json))) : undefined };
	m.result = undefined;
	// What stays allocated once the result is dropped: at once, and after n8n's own timers have run.
	const held = () => {
		global.gc();
		global.gc();
		const now = process.memoryUsage();
		return now.heapUsed + now.external - m.baseJs;
	};
	const droppedJsBytes = input.settle ? held() : undefined;
	if (input.settle) await new Promise((resolve) => setTimeout(resolve, input.settle));
	const settledJsBytes = input.settle ? held() : undefined;
	process.stdout.write(
		`${JSON.stringify({
			ms: m.ms,
			peakJsBytes: m.peakJsBytes,
			peakRssBytes: m.peakRssBytes,
			retainedJsBytes: m.retainedJsBytes,
			...summary,
			droppedJsBytes,
			settledJsBytes,
		})}\n`,
	);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
