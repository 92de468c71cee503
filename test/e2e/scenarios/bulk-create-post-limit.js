'use strict';
// 4. Bulk writes beyond the POST limit: more Employee Create items than the sandbox accepts per window.
// Every employee must be created exactly once, no item may fail, and the sandbox must never have
// accepted more than its limit in any window. The window is scaled down (20 per 3 s instead of 200 per
// minute) so this takes seconds. Two runs:
//   - "matched": the node's POST limit options set to the sandbox's, as a user sets them to Factorial's;
//     the node paces itself.
//   - "defaults": the node keeps 200 per 60 s, far above the sandbox: it must absorb the 429s
//     (Retry-After) the way it would when another client shares the credential's budget.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeItems } = require('../lib/run-data');

const COUNT = 70;
const LIMIT = { postLimit: 20, postWindowMs: 3000 };
const NODE = 'Create employees';

const RUNS = [
	{ id: 'e2eBulkMatched', label: 'matched', options: { postLimit: LIMIT.postLimit, postWindowSeconds: LIMIT.postWindowMs / 1000 } },
	{ id: 'e2eBulkDefaults', label: 'defaults', options: {} },
];

const people = (label) =>
	Array.from({ length: COUNT }, (_, i) => ({
		firstName: `Bulk${i + 1}`,
		lastName: label,
		email: `bulk-${label}-${String(i + 1).padStart(3, '0')}@e2e.example`,
	}));

function workflow(ctx, { id, label, options }) {
	return w.chain(id, `E2E 4: bulk create over the POST limit (${label} options)`, [
		w.manualTrigger(),
		...w.itemsFrom(people(label), 'People'),
		w.factorial(
			NODE,
			{
				resource: 'employee',
				operation: 'create',
				companyId: w.rl(ctx.sb.fixtures.companyId),
				firstName: '={{ $json.firstName }}',
				lastName: '={{ $json.lastName }}',
				email: '={{ $json.email }}',
				additionalFields: {},
				options,
			},
			{ credential: ctx.creds.apiKey },
		),
	]);
}

async function runOne(ctx, spec) {
	const { control } = ctx.sb;
	const before = await control.stats();
	const started = Date.now();
	const run = await ctx.execute(spec.id);
	const after = await control.stats();
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	assert.equal(run.status, 'success', `${spec.label}: ${ctx.runError(run)}`);

	const items = nodeItems(run, NODE);
	const expected = people(spec.label);
	assert.equal(items.length, COUNT, `${spec.label}: one output item per input item`);
	const failed = items.filter((i) => i.json.error !== undefined).map((i) => i.json.error);
	assert.deepEqual(failed, [], `${spec.label}: no failed items`);
	assert.deepEqual(items.map((i) => i.json.email), expected.map((p) => p.email), `${spec.label}: output items line up with the input`);

	const employees = await control.state('employees');
	for (const { email } of expected) {
		const n = employees.filter((e) => e.email === email).length;
		assert.equal(n, 1, `${spec.label}: ${email} exists exactly once in the sandbox (found ${n})`);
	}
	assert.equal(after.posts.accepted - before.posts.accepted, COUNT, `${spec.label}: exactly one accepted POST per employee`);
	assert.ok(
		after.posts.maxAcceptedInAnyWindow <= LIMIT.postLimit,
		`at most ${LIMIT.postLimit} accepted in any window (saw ${after.posts.maxAcceptedInAnyWindow})`,
	);
	return `${spec.label} options: ${COUNT} created in ${seconds} s, ${after.posts.rejected429 - before.posts.rejected429} answered 429 and retried`;
}

module.exports = {
	title: `4. ${COUNT} Employee Create items against ${LIMIT.postLimit} POSTs per ${LIMIT.postWindowMs / 1000} s: all created once, limit held`,
	workflows: (ctx) => RUNS.map((spec) => workflow(ctx, spec)),
	async run(ctx) {
		const { control } = ctx.sb;
		const previous = await control.config();
		await control.configure(LIMIT);
		try {
			const notes = [];
			for (const spec of RUNS) notes.push(await runOne(ctx, spec));
			return `${notes.join('; ')}; max ${(await control.stats()).posts.maxAcceptedInAnyWindow} accepted per window`;
		} finally {
			await control.configure({ postLimit: previous.postLimit, postWindowMs: previous.postWindowMs });
		}
	},
};
