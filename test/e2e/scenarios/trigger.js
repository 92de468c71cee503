'use strict';
// 7. Factorial Trigger in a running n8n (`n8n start`): publishing the workflow (REST activate, what the
// editor's Publish button calls) subscribes each event in the sandbox at its own URL; an event the sandbox
// emits starts an execution whose output is the payload plus its event; a delivery with a wrong or missing
// challenge is refused and starts none; unpublishing deletes the subscriptions.
const assert = require('node:assert/strict');
const { parse } = require('flatted');
const w = require('../lib/workflows');
const { executions: executionsOf, waitForExecutions: waitFor, sleep } = require('../lib/executions');

const executions = (n8n) => executionsOf(n8n, ID);
const waitForExecutions = (n8n, count) => waitFor(n8n, ID, count);

const ID = 'e2eFactorialTrigger';
const NODE = 'Factorial Trigger';
const WEBHOOK_ID = '6c0f3e52-2b8a-4d17-9e3a-1f47b2c9d805'; // the editor assigns one to every webhook node
const UPDATE = 'employees/employee/update';
const LEAVE = 'timeoff/leave/create';
const HEADER = 'x-factorial-wh-challenge';

function triggerNode(credential) {
	return {
		id: 'factorial-trigger-id',
		name: NODE,
		type: 'n8n-nodes-factorial.factorialTrigger',
		typeVersion: 1,
		position: [0, 0],
		webhookId: WEBHOOK_ID,
		parameters: { authentication: 'apiKey', events: [UPDATE, LEAVE] },
		credentials: { factorialApi: { id: credential.id, name: credential.name } },
	};
}

const noOp = () => ({ id: 'after-id', name: 'After', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [0, 0], parameters: {} });

/**
 * `read()` once it satisfies `done`, or its last value after `timeoutMs`. Publishing and unpublishing
 * return before the trigger's webhooks are (un)registered in newer n8n (2.41), so the subscriptions
 * are awaited rather than read once.
 */
async function settled(read, done, timeoutMs = 30000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (done(value) || Date.now() > deadline) return value;
		await sleep(250);
	}
}

/** The trigger's output items in one execution (n8n stores run data flatted). */
async function triggerOutput(n8n, executionId) {
	const r = await n8n.rest('GET', `/rest/executions/${executionId}`);
	assert.equal(r.status, 200, `GET /rest/executions/${executionId}: ${r.status}`);
	const run = parse(r.json.data.data);
	const task = run.resultData.runData[NODE][0];
	return { items: task.data.main[0].map((item) => item.json), status: r.json.data.status, mode: r.json.data.mode };
}

module.exports = {
	title: '7. Factorial Trigger: publish subscribes each event, an emitted event runs the workflow, a wrong challenge does not, unpublish deletes',
	workflows: (ctx) => [w.chain(ID, 'E2E 7: Factorial Trigger', [triggerNode(ctx.creds.apiKey), noOp()])],
	async run(ctx) {
		const { n8n, sb } = ctx;
		const subscriptions = async () => (await sb.control.state('webhook_subscriptions')).filter((s) => s.target_url.includes(WEBHOOK_ID));
		await n8n.start({ port: ctx.n8nPort });
		try {
			await n8n.login();
			const workflow = await n8n.rest('GET', `/rest/workflows/${ID}`);
			assert.equal(workflow.status, 200, workflow.text.slice(0, 300));
			const published = await n8n.rest('POST', `/rest/workflows/${ID}/activate`, { versionId: workflow.json.data.versionId });
			assert.equal(published.status, 200, `activate: ${published.status} ${published.text.slice(0, 500)}`);
			assert.ok(published.json.data.activeVersionId, 'the workflow has a published (active) version');

			// Publishing subscribed each event at its own URL below the node's webhook ID.
			const base = `${n8n.baseUrl}/webhook/${WEBHOOK_ID}`;
			const subs = await settled(subscriptions, (list) => list.length >= 2);
			assert.deepEqual(subs.map((s) => [s.type, s.target_url]).sort(), [[UPDATE, `${base}/${UPDATE}`], [LEAVE, `${base}/${LEAVE}`]].sort());
			for (const s of subs) {
				assert.equal(s.company_id, String(sb.fixtures.companyId), 'company_id from the credentials endpoint');
				assert.equal(s.enabled, true);
				assert.match(s.challenge, /^[A-Za-z0-9]{48}$/, 'a random challenge');
			}
			assert.notEqual(subs[0].challenge, subs[1].challenge, 'one challenge per event');
			assert.deepEqual(await executions(n8n), [], 'publishing runs nothing');

			// Each emitted event: Factorial's delivery is answered 2xx, and one execution shows payload + event.
			const employee = { id: '4242', first_name: 'Ada', last_name: 'Lovelace', company_id: String(sb.fixtures.companyId) };
			const leave = { id: '77', employee_id: '4242', start_on: '2026-12-01' };
			const first = await sb.control.emit(UPDATE, employee);
			assert.deepEqual(first.deliveries.map((d) => d.status), [200], JSON.stringify(first.deliveries));
			const second = await sb.control.emit(LEAVE, leave);
			assert.deepEqual(second.deliveries.map((d) => d.status), [200], JSON.stringify(second.deliveries));
			const done = await waitForExecutions(n8n, 2);
			const outputs = await Promise.all(done.map((e) => triggerOutput(n8n, e.id)));
			for (const o of outputs) {
				assert.equal(o.status, 'success');
				assert.equal(o.mode, 'webhook');
			}
			assert.deepEqual(
				outputs.map((o) => o.items).sort((a, b) => a[0].event.localeCompare(b[0].event)),
				[[{ ...employee, event: UPDATE }], [{ ...leave, event: LEAVE }]],
			);

			// A wrong or missing challenge is refused by the node and starts nothing.
			const wrong = await fetch(`${base}/${UPDATE}`, { method: 'POST', headers: { 'content-type': 'application/json', [HEADER]: 'not-the-challenge' }, body: JSON.stringify({ id: '1' }) });
			assert.equal(wrong.status, 401, 'wrong challenge → 401');
			const missing = await fetch(`${base}/${UPDATE}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: '1' }) });
			assert.equal(missing.status, 401, 'no challenge → 401');
			const leaveSub = subs.find((s) => s.type === LEAVE);
			const crossed = await fetch(`${base}/${UPDATE}`, { method: 'POST', headers: { 'content-type': 'application/json', [HEADER]: leaveSub.challenge }, body: JSON.stringify({ id: '1' }) });
			assert.equal(crossed.status, 401, "another event's challenge → 401");
			// The same through Factorial: the subscription's challenge changed behind n8n's back.
			const changed = await fetch(`${sb.url}/api/2026-10-01/resources/api_public/webhook_subscriptions/${leaveSub.id}`, {
				method: 'PUT',
				headers: { 'x-api-key': sb.fixtures.apiKey, 'content-type': 'application/json' },
				body: JSON.stringify({ id: leaveSub.id, challenge: 'changed-elsewhere' }),
			});
			assert.equal(changed.status, 200);
			const refused = await sb.control.emit(LEAVE, leave);
			assert.deepEqual(refused.deliveries.map((d) => d.status), [401], 'the sandbox recorded the refused delivery');
			await sleep(2000);
			assert.equal((await executions(n8n)).length, 2, 'no execution for any refused delivery');

			// Unpublishing deletes both subscriptions.
			const mark = await sb.control.mark();
			const unpublished = await n8n.rest('POST', `/rest/workflows/${ID}/deactivate`, {});
			assert.equal(unpublished.status, 200, `deactivate: ${unpublished.status} ${unpublished.text.slice(0, 500)}`);
			assert.deepEqual(await settled(subscriptions, (list) => list.length === 0), [], 'the subscriptions are gone');
			const deletes = (await sb.control.log(mark)).filter((e) => e.method === 'DELETE');
			assert.deepEqual(deletes.map((e) => e.status).sort(), [200, 200]);
			return `subscribed ${subs.length} events at ${base}/<event>; 2 deliveries → 2 executions; 4 refused → none; unpublish deleted both`;
		} finally {
			await n8n.stop();
		}
	},
};
