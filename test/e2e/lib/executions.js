'use strict';
// A running n8n's workflows and executions through its REST API (what the editor calls): publish,
// unpublish, list executions, read one node's output items. Needs `n8n start` and a login.
const assert = require('node:assert/strict');
const { parse } = require('flatted');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Publishes (activates) a workflow, as the editor's Publish button does. */
async function publish(n8n, workflowId) {
	const workflow = await n8n.rest('GET', `/rest/workflows/${workflowId}`);
	assert.equal(workflow.status, 200, workflow.text.slice(0, 300));
	const published = await n8n.rest('POST', `/rest/workflows/${workflowId}/activate`, { versionId: workflow.json.data.versionId });
	assert.equal(published.status, 200, `activate ${workflowId}: ${published.status} ${published.text.slice(0, 500)}`);
	return published.json.data;
}

async function unpublish(n8n, workflowId) {
	const r = await n8n.rest('POST', `/rest/workflows/${workflowId}/deactivate`, {});
	assert.equal(r.status, 200, `deactivate ${workflowId}: ${r.status} ${r.text.slice(0, 500)}`);
}

/** The workflow's executions, newest first (at most 100: n8n 2.41 refuses a larger page; our scenarios make a handful). */
async function executions(n8n, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const r = await n8n.rest('GET', `/rest/executions?filter=${filter}&limit=100`);
	assert.equal(r.status, 200, `GET /rest/executions: ${r.status} ${r.text.slice(0, 300)}`);
	return r.json.data.results;
}

const finished = (list) => list.filter((e) => e.status !== 'running' && e.status !== 'new');

/** Waits until the workflow has at least `count` finished executions; returns them. */
async function waitForExecutions(n8n, workflowId, count, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const list = finished(await executions(n8n, workflowId));
		if (list.length >= count) return list;
		if (Date.now() > deadline) throw new Error(`expected ${count} executions of ${workflowId}, found ${list.length} after ${timeoutMs} ms`);
		await sleep(500);
	}
}

/** One node's output items in one execution (n8n stores run data flatted); [] when it did not run. */
async function nodeOutput(n8n, executionId, nodeName) {
	const r = await n8n.rest('GET', `/rest/executions/${executionId}`);
	assert.equal(r.status, 200, `GET /rest/executions/${executionId}: ${r.status}`);
	const run = parse(r.json.data.data);
	const tasks = run.resultData.runData[nodeName] || [];
	const items = tasks.flatMap((task) => ((task.data && task.data.main && task.data.main[0]) || []).map((item) => item.json));
	return { items, status: r.json.data.status, mode: r.json.data.mode };
}

/**
 * Publishes a polling workflow and waits for its first poll to end, seen as the last page of
 * `listPath` in the sandbox's log. That poll sets where the trigger starts from, so a record written
 * before its last page is read counts as already there; n8n 2.41 may run it a while after the
 * publish call has returned.
 */
async function publishAndAwaitFirstPoll(n8n, sb, workflowId, listPath, timeoutMs = 75000) {
	const mark = await sb.control.mark();
	const published = await publish(n8n, workflowId);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const log = await sb.control.log(mark);
		if (log.some((e) => e.method === 'GET' && e.path.endsWith(`/resources/${listPath}`) && e.hasNextPage === false)) return published;
		if (Date.now() > deadline) throw new Error(`no poll of ${listPath} within ${timeoutMs} ms of publishing ${workflowId}`);
		await sleep(250);
	}
}

module.exports = { publish, publishAndAwaitFirstPoll, unpublish, executions, finished, waitForExecutions, nodeOutput, sleep };
