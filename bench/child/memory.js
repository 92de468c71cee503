'use strict';
// Peak memory of one run inside a child process: heap (JS objects) plus external (Buffers), and RSS,
// each as growth over a baseline taken after a warm-up and a full GC. Sampled every 2 ms while the
// run's I/O keeps the event loop turning; a final sample after the run catches what is still held.

async function measure(run) {
	global.gc();
	global.gc();
	const base = process.memoryUsage();
	const baseJs = base.heapUsed + base.external;
	let peakJs = 0;
	let peakRss = 0;
	const sample = () => {
		const m = process.memoryUsage();
		peakJs = Math.max(peakJs, m.heapUsed + m.external - baseJs);
		peakRss = Math.max(peakRss, m.rss - base.rss);
	};
	const timer = setInterval(sample, 2);
	const started = process.hrtime.bigint();
	const result = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	clearInterval(timer);
	sample();
	global.gc();
	const after = process.memoryUsage();
	return { ms, result, baseJs, peakJsBytes: peakJs, peakRssBytes: peakRss, retainedJsBytes: after.heapUsed + after.external - baseJs };
}

module.exports = { measure };
