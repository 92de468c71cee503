#!/usr/bin/env node
'use strict';
// npm run bench            → every comparison, then docs/BENCHMARKS.md and the README's figures
// node bench/run.js writes → one (or several: writes pages reads soak shared queue); the others keep their last
//                            results (docs/benchmarks.json) in the document.
// Needs a build (dist/) and, for writes and soak, the cached real n8n of the e2e suite.
const { machine, loadAverage } = require('./lib/machine');
const { disposeN8n } = require('./lib/n8n');
const report = require('./lib/report');

const COMPARISONS = { writes: require('./writes'), pages: require('./pages'), reads: require('./reads'), soak: require('./soak'), shared: require('./shared'), queue: require('./queue') };

async function main() {
	const asked = process.argv.slice(2);
	const unknown = asked.filter((name) => !COMPARISONS[name]);
	if (unknown.length) throw new Error(`unknown comparison ${unknown.join(', ')}; known: ${Object.keys(COMPARISONS).join(', ')}`);
	const names = report.ORDER.filter((name) => !asked.length || asked.includes(name));
	const all = report.load();
	const log = (line) => process.stderr.write(`${line}\n`);
	const started = Date.now();
	try {
		for (const name of names) {
			log(`# ${report.TITLES[name]}`);
			const loadBefore = loadAverage();
			const t0 = Date.now();
			const result = await COMPARISONS[name].run({ log });
			all[name] = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', command: `node bench/run.js ${name}`, machine: machine(), loadBefore, loadAfter: loadAverage(), seconds: Math.round((Date.now() - t0) / 1000), result };
			report.save(all);
			process.stdout.write(`\n## ${report.TITLES[name]}\n\n${report.SECTIONS[name](result)}\n\n`);
		}
	} finally {
		await disposeN8n();
	}
	const missed = names.filter((name) => Object.values(all[name].result.met).includes(false));
	log(`# done in ${Math.round((Date.now() - started) / 1000)} s; wrote docs/BENCHMARKS.md, docs/benchmarks.json and the README figures${missed.length ? `; targets missed in: ${missed.join(', ')}` : '; every target met'}`);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
