'use strict';
// The real n8n of the e2e suite (N8N_VERSION on Node 24, cached), with this package packed and installed
// into a fresh user folder, reused by every comparison of one bench run. Log level info (n8n prints the run JSON
// through its logger at info): the bench
// reads run data, not logs, and debug logging would slow n8n down.
const { N8n } = require('../../test/e2e/lib/n8n');
const { findRunJson, nodeItems } = require('../../test/e2e/lib/run-data');
const w = require('../../test/e2e/lib/workflows');

let shared;

async function n8n() {
	if (!shared) shared = await N8n.create({ logLevel: 'info' });
	return shared;
}

async function disposeN8n() {
	if (shared) await shared.dispose();
	shared = undefined;
}

/** n8n's own timing of one node in a run: { startTime, executionTime } of its last task. */
function nodeTiming(run, name) {
	const tasks = run.data.resultData.runData[name] || [];
	const task = tasks[tasks.length - 1];
	return task ? { startTime: task.startTime, executionTime: task.executionTime } : undefined;
}

/** Output items of a node that may have failed: [] when it stopped the workflow. */
function itemsOf(run, name) {
	try {
		return nodeItems(run, name);
	} catch {
		return [];
	}
}

/** n8n writes pairedItem as a number, { item } or [{ item }]; → the input index. */
const pairedIndex = (p) => (typeof p === 'number' ? p : Array.isArray(p) ? pairedIndex(p[0]) : p && p.item);

function httpHeaderCredential(id, apiKey) {
	return { id, name: `Header auth (${id})`, type: 'httpHeaderAuth', data: { name: 'x-api-key', value: apiKey } };
}

module.exports = { n8n, disposeN8n, nodeTiming, itemsOf, pairedIndex, httpHeaderCredential, findRunJson, w };
