'use strict';
// 8. Factorial Polling Trigger in a running n8n (`n8n start`), polling every minute (n8n's minimum):
// publishing emits nothing; records changed in the sandbox between polls (a new hire, more changes
// than one page holds, a change stamped exactly on the watermark, changes made while n8n is stopped)
// each come out as exactly one execution item, and nothing comes out twice, across a restart;
// publishing again after unpublishing starts from then.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { api } = require('../lib/sandbox');
const { publishAndAwaitFirstPoll, unpublish, executions, finished, nodeOutput, sleep } = require('../lib/executions');

// n8n saves a workflow's static data only when its id is at most 21 characters long (as its own are).
const ID = 'e2ePollingTrigger';
const NODE = 'Factorial Polling Trigger';

function pollingNode(credential) {
	return {
		id: 'factorial-polling-trigger-id',
		name: NODE,
		type: 'n8n-nodes-factorial.factorialPollingTrigger',
		typeVersion: 1,
		position: [0, 0],
		// n8n's own Poll Times; a 5-field cron runs at second 0 of every minute (sub-minute is refused).
		parameters: { pollTimes: { item: [{ mode: 'custom', cronExpression: '* * * * *' }] }, authentication: 'apiKey', watch: 'employees' },
		credentials: { factorialApi: { id: credential.id, name: credential.name } },
	};
}

const noOp = () => ({ id: 'after-polling-id', name: 'After', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [0, 0], parameters: {} });

/** Every trigger item of the workflow so far, read once per execution. */
function itemReader(n8n) {
	const seen = new Map(); // execution id → items
	return async () => {
		for (const e of finished(await executions(n8n, ID))) {
			if (seen.has(e.id)) continue;
			const out = await nodeOutput(n8n, e.id, NODE);
			assert.equal(out.status, 'success', `execution ${e.id} succeeded`);
			seen.set(e.id, out.items);
		}
		return { executions: seen.size, items: [...seen.values()].flat() };
	};
}

const key = (record) => `${record.id}@${record.updated_at}`;

module.exports = {
	title: '8. Factorial Polling Trigger: publish emits nothing; each change between polls, over a page, on the watermark and across a restart is one item; republish starts afresh',
	workflows: (ctx) => [w.chain(ID, 'E2E 8: Factorial Polling Trigger', [pollingNode(ctx.creds.apiKey), noOp()])],
	async run(ctx) {
		const { n8n, sb } = ctx;
		const expected = new Map(); // id@updated_at → change
		const change = async (id, firstName) => {
			const r = await api(sb, 'PUT', `employees/employees/${id}`, { id: String(id), first_name: firstName });
			assert.equal(r.status, 200, JSON.stringify(r.body));
			expected.set(key(r.body), 'updated');
			return r.body;
		};
		let read;
		/** Waits (over polls) until every expected change has come out. */
		const waitForAll = async (what, timeoutMs = 150_000) => {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const got = await read();
				const keys = new Set(got.items.map(key));
				const missing = [...expected.keys()].filter((k) => !keys.has(k));
				if (missing.length === 0) return got;
				if (Date.now() > deadline) throw new Error(`${what}: ${missing.length} changes never came out, e.g. ${missing.slice(0, 3).join(', ')}`);
				await sleep(1000);
			}
		};
		const steps = [];

		await n8n.start();
		try {
			await n8n.login();
			read = itemReader(n8n);
			const published = await publishAndAwaitFirstPoll(n8n, sb, ID, 'employees/employees');
			assert.ok(published.activeVersionId, 'published');
			assert.deepEqual(await executions(n8n, ID), [], 'the first poll (at publishing) emits nothing');

			// A. A new hire and three changed employees.
			const hire = await api(sb, 'POST', 'employees/employees/create_with_contract', {
				company_id: sb.fixtures.companyId, first_name: 'Polly', last_name: 'Newhire', email: `polly.${Date.now()}@e2e.example`,
			});
			assert.equal(hire.status, 201, JSON.stringify(hire.body));
			expected.set(key(hire.body), 'created');
			for (const id of [20, 21, 22]) await change(id, `Changed${id}`);
			let got = await waitForAll('A');
			steps.push(`A: 4 changes → ${got.items.length} items`);

			// B. One change stamped exactly on the watermark (the newest change time emitted), then 150
			// changes: more than one page of 100.
			const watermark = got.items.map((i) => i.updated_at).sort().at(-1);
			await sb.control.configure({ clockFrozenAt: watermark });
			const onMark = await change(30, 'OnTheWatermark');
			await sb.control.configure({ clockFrozenAt: null });
			assert.equal(onMark.updated_at, watermark, 'stamped exactly on the watermark');
			for (let id = 100; id < 250; id++) await change(id, `Bulk${id}`);
			got = await waitForAll('B');
			steps.push(`B: 1 on the watermark + 150 bulk → ${got.items.length} items so far`);

			// C. n8n stops; two employees change meanwhile; n8n starts again (and polls at once).
			await n8n.stop();
			for (const id of [40, 41]) await change(id, `WhileDown${id}`);
			await n8n.start();
			await n8n.login();
			got = await waitForAll('C');
			steps.push(`C: restart, 2 changed while down → ${got.items.length} items so far`);

			// D. One more change after the restart.
			await change(50, 'AfterRestart');
			got = await waitForAll('D');

			// E. Unpublished, an employee changes, published again: that change is not emitted (the
			// first poll after publishing starts from then), the next one is.
			await unpublish(n8n, ID);
			const whileOff = await api(sb, 'PUT', 'employees/employees/60', { id: '60', first_name: 'WhileUnpublished' });
			assert.equal(whileOff.status, 200);
			await publishAndAwaitFirstPoll(n8n, sb, ID, 'employees/employees');
			await change(61, 'AfterPublishing');
			got = await waitForAll('E');
			steps.push(`E: unpublished, 1 change, published, 1 change → ${got.items.length} items so far`);

			// Then a poll with nothing new.
			const settled = new Date();
			// The next minute's poll, plus time for an execution it would start.
			await sleep((60 - settled.getSeconds()) * 1000 + 8000);
			got = await read();

			const counts = new Map();
			for (const item of got.items) counts.set(key(item), (counts.get(key(item)) || 0) + 1);
			const twice = [...counts].filter(([, n]) => n > 1).map(([k]) => k);
			const unexpected = [...counts.keys()].filter((k) => !expected.has(k));
			assert.deepEqual(twice, [], 'no change emitted twice');
			assert.deepEqual(unexpected, [], 'no item for anything that did not change');
			assert.equal(got.items.length, expected.size, 'one item per change');
			for (const item of got.items) assert.equal(item.change, expected.get(key(item)), `change of ${key(item)}`);
			await unpublish(n8n, ID);
			return `${expected.size} changes → ${got.items.length} items in ${got.executions} executions, none twice (${steps.join('; ')})`;
		} finally {
			await sb.control.configure({ clockFrozenAt: null });
			await n8n.stop();
		}
	},
};
