'use strict';
// 5. A POST budget shared with another client. Factorial counts POSTs per API key, whoever sends them.
// Against a sandbox enforcing LIMIT POSTs per WINDOW_MS (Factorial's 200 per 60 s, time scaled 10×),
// three runs side by side in one run, each on a fresh API key:
//   - alone:  the node, 600 Shift Clock In items, POST Limit 200 per 6 s (matched to the sandbox);
//   - other alone: the other client (bench/child/other-client.js) spending half the budget;
//   - shared: both together on one key.
// The node runs through n8n-core's execution engine in its own process (bench/child/node.js), so each
// run starts with a fresh limiter, as a fresh n8n process would.
// Retry-After: Factorial's whole seconds against a 60 s window are scaled with the window, to steps of
// 100 ms against 6 s (the sandbox's retryAfterStepMs). Unscaled, each 429 would hold both clients up
// to a whole second, a sixth of the window rather than a sixtieth. The shared run is repeated with
// whole seconds (unscaled, harsher than Factorial) for comparison; the targets are judged on the first.

const { startSandbox } = require('../test/sandbox');
const { runChild } = require('./lib/children');
const { clockInParameters } = require('../test/e2e/lib/workflows');
const { windowUtilisation, perWindow, maxInAnyWindow } = require('./lib/measure');

const ITEMS = 600;
const LIMIT = 200;
const WINDOW_MS = 6000;
const OTHER_PER_WINDOW = LIMIT / 2;
// Enough for the other client to outlast the node's shared run, so the node never has the budget alone.
const OTHER_POSTS = 800;
const OTHER_TRIES = 5;
const NOW = '2026-10-01T09:00:00.000Z';
const PATH = 'attendance/shifts/clock_in';
const TARGETS = { alone: 0.97, shareOfHalf: 0.9, node429Fraction: 0.02 };
const RETRY_AFTER_STEP_MS = WINDOW_MS / 60;

function postsOf(sb, mark, credentialId) {
	const entries = sb.state.log.since(mark).filter((e) => e.method === 'POST' && e.auth.credentialId === credentialId);
	return {
		sent: entries.length,
		accepted: entries.filter((e) => e.window && e.window.accepted).map((e) => e.window.at),
		answered429: entries.filter((e) => e.status === 429).length,
	};
}

async function runNode(sb, key, firstEmployee) {
	const items = Array.from({ length: ITEMS }, (_, i) => ({ json: { employee_id: String(firstEmployee + i), now: NOW } }));
	const out = await runChild('node', {
		url: sb.url,
		fixtures: { ...sb.fixtures, apiKey: key.apiKey },
		parameters: clockInParameters({ limit: LIMIT, windowMs: WINDOW_MS }),
		items,
	});
	const ids = new Set(items.map((i) => i.json.employee_id));
	const applied = sb.records('shifts').filter((s) => ids.has(s.employee_id) && s.date === NOW.slice(0, 10)).length;
	return { ...out, applied };
}

function runOther(sb, key, firstEmployee) {
	const bodies = Array.from({ length: OTHER_POSTS }, (_, i) => ({ employee_id: String(firstEmployee + i), now: NOW }));
	return runChild('other-client', { url: sb.url, apiKey: key.apiKey, path: PATH, windowMs: WINDOW_MS, perWindow: OTHER_PER_WINDOW, tries: OTHER_TRIES, bodies });
}

const retryStepOf = (sb) => sb.state.options.retryAfterStepMs;

function nodeFigures(run, posts, perWindowLimit) {
	const utilisation = windowUtilisation(posts.accepted, perWindowLimit, WINDOW_MS);
	return {
		succeeded: run.items - run.errors,
		errors: run.errors,
		firstError: run.firstError,
		applied: run.applied,
		lost: ITEMS - run.applied,
		postsSent: posts.sent,
		accepted: posts.accepted.length,
		answered429: posts.answered429,
		fraction429: posts.sent ? posts.answered429 / posts.sent : 0,
		// Against the whole limit alone, against the half the other client leaves when shared.
		utilisation: utilisation && utilisation.fraction,
		perWindow: perWindow(posts.accepted, WINDOW_MS),
		maxInAnyWindow: maxInAnyWindow(posts.accepted, WINDOW_MS),
		ms: Math.round(run.ms),
	};
}

async function run({ log }) {
	const employees = 3 * ITEMS + 3 * OTHER_POSTS + 10;
	const sb = await startSandbox({ employees, postLimit: LIMIT, postWindowMs: WINDOW_MS, retryAfterStepMs: RETRY_AFTER_STEP_MS, logLimit: 300000 });
	try {
		// Employee ranges: node alone, node shared, other alone, other shared, then both with whole seconds.
		const first = { nodeAlone: 1, nodeShared: ITEMS + 1, otherAlone: 2 * ITEMS + 1, otherShared: 2 * ITEMS + OTHER_POSTS + 1, nodeWhole: 2 * ITEMS + 2 * OTHER_POSTS + 1, otherWhole: 3 * ITEMS + 2 * OTHER_POSTS + 1 };
		const keys = { nodeAlone: sb.createApiKey(), otherAlone: sb.createApiKey(), shared: sb.createApiKey(), wholeSeconds: sb.createApiKey() };

		let mark = sb.state.log.seq;
		const aloneRun = await runNode(sb, keys.nodeAlone, first.nodeAlone);
		const alone = nodeFigures(aloneRun, postsOf(sb, mark, keys.nodeAlone.credentialId), LIMIT);
		log(`  node alone: ${alone.succeeded}/${ITEMS} ok, ${alone.answered429} × 429, ${(alone.utilisation * 100).toFixed(1)} % of the limit, windows ${alone.perWindow.join('/')}`);

		mark = sb.state.log.seq;
		const otherAlone = await runOther(sb, keys.otherAlone, first.otherAlone);
		const otherAlonePosts = postsOf(sb, mark, keys.otherAlone.credentialId);
		log(`  other client alone: ${otherAlone.accepted}/${OTHER_POSTS} accepted, ${otherAlone.answered429} × 429, ${otherAlone.lost} lost`);

		const sharedOn = async (key, nodeFirst, otherFirst) => {
			const mark = sb.state.log.seq;
			const [nodeRun, other] = await Promise.all([runNode(sb, key, nodeFirst), runOther(sb, key, otherFirst)]);
			const posts = postsOf(sb, mark, key.credentialId);
			// The log does not say which client sent a POST; the employee ids do.
			const nodeIds = new Set(Array.from({ length: ITEMS }, (_, i) => nodeFirst + i));
			const entries = sb.state.log.since(mark).filter((e) => e.method === 'POST' && e.auth.credentialId === key.credentialId);
			const byNode = entries.filter((e) => e.body && nodeIds.has(Number(e.body.employee_id)));
			const nodePosts = {
				sent: byNode.length,
				accepted: byNode.filter((e) => e.window && e.window.accepted).map((e) => e.window.at),
				answered429: byNode.filter((e) => e.status === 429).length,
			};
			const node = nodeFigures(nodeRun, nodePosts, LIMIT - OTHER_PER_WINDOW);
			const lastNodePost = Math.max(...nodePosts.accepted);
			const otherBeforeNodeDone = entries.filter((e) => !nodeIds.has(Number(e.body && e.body.employee_id)) && e.window && e.window.accepted && e.window.at <= lastNodePost).length;
			log(`  shared (Retry-After in steps of ${retryStepOf(sb)} ms): node ${node.succeeded}/${ITEMS} ok, ${node.answered429} × 429 of ${node.postsSent} POSTs, ${(node.utilisation * 100).toFixed(1)} % of the half left to it, windows ${node.perWindow.join('/')}; other ${other.accepted}/${OTHER_POSTS} accepted, ${other.answered429} × 429, ${other.lost} lost`);
			return { node, other, window: { maxInAnyWindow: maxInAnyWindow(posts.accepted, WINDOW_MS), total429: posts.answered429, otherAcceptedWhileNodeRan: otherBeforeNodeDone } };
		};
		const scaled = await sharedOn(keys.shared, first.nodeShared, first.otherShared);
		const { node: shared, other: otherShared, window: sharedWindow } = scaled;
		sb.configure({ retryAfterStepMs: 1000 });
		const whole = await sharedOn(keys.wholeSeconds, first.nodeWhole, first.otherWhole);

		return {
			items: ITEMS,
			limit: LIMIT,
			windowMs: WINDOW_MS,
			otherPerWindow: OTHER_PER_WINDOW,
			otherPosts: OTHER_POSTS,
			otherTries: OTHER_TRIES,
			targets: TARGETS,
			alone,
			otherAlone: { ...otherAlone, sandbox429: otherAlonePosts.answered429 },
			shared,
			otherShared,
			sharedWindow,
			retryAfterStepMs: RETRY_AFTER_STEP_MS,
			wholeSeconds: { shared: whole.node, otherShared: whole.other, sharedWindow: whole.window },
			duplicates: sb.state.writes.duplicates,
			met: {
				aloneRate: alone.utilisation >= TARGETS.alone,
				aloneNo429: alone.answered429 === 0,
				aloneNoLoss: alone.lost === 0 && alone.errors === 0,
				sharedNoLoss: shared.lost === 0 && shared.errors === 0,
				shared429: shared.fraction429 <= TARGETS.node429Fraction,
				sharedRate: shared.utilisation >= TARGETS.shareOfHalf,
				otherLosesNothing: otherShared.lost <= otherAlone.lost && otherShared.accepted >= otherAlone.accepted,
				limitHeld: sharedWindow.maxInAnyWindow <= LIMIT && whole.window.maxInAnyWindow <= LIMIT,
				wholeSecondsNoLoss: whole.node.lost === 0 && whole.node.errors === 0 && whole.other.lost <= otherAlone.lost,
			},
		};
	} finally {
		await sb.close();
	}
}

module.exports = { name: 'shared', title: 'A POST budget shared with another client', run };
