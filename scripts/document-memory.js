#!/usr/bin/env node
'use strict';
// Peak memory of the node for a large document upload and download, run through n8n-core's real
// execution path (the in-process harness) against the sandbox in a separate process, so that only
// the n8n side is measured.
//
//   node --expose-gc scripts/document-memory.js [sizeMB=50]
//
// Binary data in n8n 2's default filesystem mode (files under a temporary user folder). For
// comparison, memory mode, where n8n itself keeps the whole file in the item as base64.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const { runFactorial, credentialsFor, useBinaryMode, readBinary } = require('../test/helpers/factorial');
const { Container } = require('@n8n/di');
const { BinaryDataService } = require('n8n-core');

const MB = 1024 * 1024;
const sizeMb = Number(process.argv[2] || 50);

async function startSandboxProcess() {
	const child = spawn(process.execPath, [path.join(__dirname, '..', 'test', 'sandbox', 'cli.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const line = await new Promise((resolve, reject) => {
		readline.createInterface({ input: child.stdout }).once('line', resolve);
		child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
	return { child, ...JSON.parse(line) };
}

// Two views: "allocated" reads memoryUsage every 2 ms (includes garbage not yet collected);
// "live" forces a full GC before each 25 ms sample (what is really held, sampled).
function sampler() {
	const base = process.memoryUsage();
	const peak = { rss: base.rss, external: base.external, liveHeap: base.heapUsed, liveExternal: base.external };
	const fast = setInterval(() => {
		const m = process.memoryUsage();
		peak.rss = Math.max(peak.rss, m.rss);
		peak.external = Math.max(peak.external, m.external);
	}, 2);
	const live = setInterval(() => {
		if (!global.gc) return;
		global.gc();
		const m = process.memoryUsage();
		peak.liveHeap = Math.max(peak.liveHeap, m.heapUsed);
		peak.liveExternal = Math.max(peak.liveExternal, m.external);
	}, 25);
	return () => {
		clearInterval(fast);
		clearInterval(live);
		const mb = (n) => `${(n / MB).toFixed(1)} MB`;
		return {
			rssPeakOverBase: mb(peak.rss - base.rss),
			allocatedBuffersPeakOverBase: mb(peak.external - base.external),
			liveHeapPeakOverBase: mb(peak.liveHeap - base.heapUsed),
			liveBuffersPeakOverBase: mb(peak.liveExternal - base.external),
		};
	};
}

const settle = () => {
	if (global.gc) for (let i = 0; i < 3; i++) global.gc();
};

async function main() {
	const sb = await startSandboxProcess();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-memory-'));
	try {
		// The source file is written in 1 MB chunks and stored into n8n's binary store as a stream.
		const source = path.join(tmp, 'big.bin');
		const hash = crypto.createHash('sha256');
		const out = fs.openSync(source, 'w');
		for (let i = 0; i < sizeMb; i++) {
			const chunk = crypto.randomBytes(MB);
			hash.update(chunk);
			fs.writeSync(out, chunk);
		}
		fs.closeSync(out);
		const digest = hash.digest('hex');
		const employee = { id: '24', access_id: '100024' };
		const parameters = {
			resource: 'document',
			operation: 'upload',
			binaryPropertyName: 'data',
			space: 'employee_my_documents',
			employeeId: { __rl: true, mode: 'id', value: employee.id },
			authorId: { __rl: true, mode: 'id', value: employee.access_id },
			public: false,
			isPendingAssignment: false,
			requestEsignature: false,
			companyId: { __rl: true, mode: 'id', value: sb.fixtures.companyId },
		};
		const results = {};
		for (const mode of ['filesystem', 'memory']) {
			await useBinaryMode(mode);
			const stored = await Container.get(BinaryDataService).store(
				{ type: 'execution', workflowId: 'harness', executionId: 'harness-execution' },
				mode === 'filesystem' ? fs.createReadStream(source) : fs.readFileSync(source),
				{ fileName: 'big.bin', mimeType: 'application/octet-stream', data: '' },
			);
			const items = [{ json: {}, binary: { data: stored } }];
			settle();
			let stop = sampler();
			const up = await runFactorial(sb, { parameters, items, credentials: credentialsFor(sb) });
			const upload = stop();
			if (up.error) throw up.error;
			const id = up.items[0].json.id;
			settle();
			stop = sampler();
			const down = await runFactorial(sb, { parameters: { resource: 'document', operation: 'download', documentIds: id, binaryPropertyName: 'data' }, credentials: credentialsFor(sb) });
			const download = stop();
			if (down.error) throw down.error;
			const back = await readBinary(down.items[0].binary.data);
			const same = crypto.createHash('sha256').update(back).digest('hex') === digest;
			results[mode] = { upload, download, roundTripSha256Equal: same };
			settle();
		}
		process.stdout.write(`${JSON.stringify({ fileSizeMb: sizeMb, node: process.version, gcExposed: Boolean(global.gc), results }, null, 2)}\n`);
	} finally {
		sb.child.kill('SIGTERM');
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
