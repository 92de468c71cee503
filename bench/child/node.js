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
	process.stdout.write(
		`${JSON.stringify({
			ms: m.ms,
			peakJsBytes: m.peakJsBytes,
			peakRssBytes: m.peakRssBytes,
			retainedJsBytes: m.retainedJsBytes,
			items: items.length,
			errors: errors.length,
			firstError: errors[0] && errors[0].json.error,
			jsonBytes: input.countJson ? Buffer.byteLength(JSON.stringify(items.map((i) => i.json))) : undefined,
		})}\n`,
	);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
