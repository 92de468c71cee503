'use strict';
// 5. continueOnFail: with the node setting "On Error: Continue", a failing item becomes an error item in
// its place (paired to its input) and the other items still come out.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeItems } = require('../lib/run-data');

const ID = 'e2eContinueOnFail';
const NODE = 'Get each employee';
const MISSING = '99999999';

/** n8n writes pairedItem as a number, { item } or [{ item }]; → the input index. */
const pairedIndex = (p) => (typeof p === 'number' ? p : Array.isArray(p) ? pairedIndex(p[0]) : p && p.item);

module.exports = {
	title: '5. continueOnFail: a missing employee among three gives an error item paired to input 1',
	workflows: (ctx) => [
		w.chain(ID, 'E2E 5: continue on fail', [
			w.manualTrigger(),
			...w.itemsFrom([{ id: '2' }, { id: MISSING }, { id: '3' }], 'Ids'),
			w.factorial(
				NODE,
				{ resource: 'employee', operation: 'get', employeeId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
				{ credential: ctx.creds.apiKey, settings: { onError: 'continueRegularOutput' } },
			),
		]),
	],
	async run(ctx) {
		const run = await ctx.execute(ID);
		assert.equal(run.status, 'success', ctx.runError(run));
		const items = nodeItems(run, NODE);
		assert.equal(items.length, 3, 'three items out for three in');
		assert.deepEqual(items.map((i) => pairedIndex(i.pairedItem)), [0, 1, 2], 'each output item is paired to its input');
		assert.equal(items[0].json.id, '2');
		assert.equal(items[2].json.id, '3');
		const { error } = items[1].json;
		assert.equal(typeof error, 'string', `the middle item is an error item: ${JSON.stringify(items[1].json)}`);
		assert.ok(error.length > 0);
		assert.equal(items[1].json.id, undefined, 'the error item is not an employee');
		return `error item: "${error}"`;
	},
};
