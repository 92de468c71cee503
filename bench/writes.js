'use strict';
// 1. Bulk writes vs the alternative, in a real n8n: 600 items → Shift Clock In through this node, and
// the same 600 POSTs through n8n's HTTP Request node with header auth (defaults; Retry On Fail; On
// Error: Continue), against a sandbox enforcing LIMIT POSTs per WINDOW_MS (Factorial: 200 per 60 s,
// halved so the run is shorter; the node's POST Limit Window option is set to match, as a user sets
// it to Factorial's). Each variant has its own API key, so its own window, and its own employees.
// The node loses a fixed time per window cycle (a slot counts until its response, plus a margin), so
// a much shorter window would understate what it sustains against Factorial's 60 s; the report gives
// that overhead and what it amounts to at 60 s.
const { startSandbox } = require('../test/sandbox');
const { windowUtilisation, perWindow, maxInAnyWindow } = require('./lib/measure');
const { n8n, nodeTiming, itemsOf, httpHeaderCredential, w } = require('./lib/n8n');

const ITEMS = 600;
const LIMIT = 200;
const WINDOW_MS = 30000;
const TARGET = 0.97;
const NODE = 'Clock in';
const PATH = 'attendance/shifts/clock_in';
const NOW = '2026-10-01T09:00:00.000Z';

const VARIANTS = [
	{ key: 'node', label: 'Factorial node (POST Limit 200, window matched)' },
	{ key: 'httpDefault', label: 'HTTP Request, default settings', settings: {} },
	{ key: 'httpRetry', label: 'HTTP Request, Retry On Fail (3 tries, 1 s)', settings: { retryOnFail: true } },
	{ key: 'httpContinue', label: 'HTTP Request, On Error: Continue', settings: { onError: 'continueRegularOutput' } },
];

function workflow(sb, variant, index, credential) {
	const rows = Array.from({ length: ITEMS }, (_, i) => ({ employee_id: String(index * ITEMS + i + 1), now: NOW }));
	const target =
		variant.key === 'node'
			? w.factorial(
					NODE,
					w.clockInParameters({ limit: LIMIT, windowMs: WINDOW_MS }),
					{ credential },
				)
			: {
					id: `${variant.key}-http`,
					name: NODE,
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					position: [600, 0],
					parameters: {
						method: 'POST',
						url: `${sb.url}/api/2026-10-01/resources/${PATH}`,
						authentication: 'genericCredentialType',
						genericAuthType: 'httpHeaderAuth',
						sendBody: true,
						specifyBody: 'json',
						jsonBody: '={{ JSON.stringify({ employee_id: $json.employee_id, now: $json.now }) }}',
						options: {},
					},
					credentials: { httpHeaderAuth: { id: credential.id, name: credential.name } },
					...variant.settings,
				};
	return w.chain(`bench${variant.key}`, `Bench: ${ITEMS} clock-ins (${variant.label})`, [w.manualTrigger(), ...w.itemsFrom(rows, 'Clock-ins'), target]);
}

function measureVariant(sb, variant, index, key, run, mark) {
	const entries = sb.state.log.since(mark).filter((e) => e.method === 'POST' && e.auth.credentialId === key.credentialId);
	const accepted = entries.filter((e) => e.window && e.window.accepted).map((e) => e.window.at);
	const answered429 = entries.filter((e) => e.status === 429).length;
	const ids = new Set(Array.from({ length: ITEMS }, (_, i) => String(index * ITEMS + i + 1)));
	const shifts = sb.records('shifts').filter((s) => ids.has(s.employee_id) && s.date === NOW.slice(0, 10));
	const items = itemsOf(run, NODE);
	const succeeded = items.filter((i) => i.json.error === undefined && i.json.id !== undefined).length;
	const utilisation = windowUtilisation(accepted, LIMIT, WINDOW_MS);
	const span = accepted.length > 1 ? Math.max(...accepted) - Math.min(...accepted) : 0;
	const timing = nodeTiming(run, NODE);
	return {
		key: variant.key,
		label: variant.label,
		workflowStatus: run.status,
		workflowError: run.data.resultData.error ? run.data.resultData.error.message : undefined,
		nodeMs: timing && timing.executionTime,
		outputItems: items.length,
		succeeded,
		failed: ITEMS - succeeded,
		postsSent: entries.length,
		accepted: accepted.length,
		answered429,
		applied: shifts.length,
		utilisation: utilisation && utilisation.fraction,
		meanGapMs: utilisation && utilisation.meanGapMs,
		// What each window cycle cost beyond the window itself, and what that is at Factorial's 60 s.
		overheadMs: utilisation && utilisation.meanGapMs - WINDOW_MS,
		utilisationAt60s: utilisation && 60000 / (60000 + utilisation.meanGapMs - WINDOW_MS),
		spanMs: span,
		perWindow: perWindow(accepted, WINDOW_MS),
		maxInAnyWindow: maxInAnyWindow(accepted, WINDOW_MS),
	};
}

async function run({ log }) {
	const sb = await startSandbox({ employees: ITEMS * VARIANTS.length + 10, postLimit: LIMIT, postWindowMs: WINDOW_MS });
	try {
		const app = await n8n();
		const keys = VARIANTS.map(() => sb.createApiKey());
		const credentials = VARIANTS.map((v, i) =>
			v.key === 'node' ? w.apiKeyCredential(`benchKey${i}`, sb.url, keys[i].apiKey) : httpHeaderCredential(`benchHeader${i}`, keys[i].apiKey),
		);
		await app.importCredentials(credentials);
		await app.importWorkflows(VARIANTS.map((v, i) => workflow(sb, v, i, credentials[i])));
		const variants = [];
		for (const [i, variant] of VARIANTS.entries()) {
			const mark = sb.state.log.seq;
			const { run: result } = await app.execute(`bench${variant.key}`, { timeoutMs: 300000 });
			const m = measureVariant(sb, variant, i, keys[i], result, mark);
			variants.push(m);
			log(`  ${m.label}: ${m.succeeded}/${ITEMS} ok, ${m.failed} failed, ${m.accepted} accepted, ${m.answered429} × 429, utilisation ${m.utilisation === undefined ? '—' : (m.utilisation * 100).toFixed(1)} %, windows ${m.perWindow.join('/')}`);
		}
		const stats = sb.state.postWindow;
		const node = variants[0];
		return {
			items: ITEMS,
			limit: LIMIT,
			windowMs: WINDOW_MS,
			target: TARGET,
			variants,
			sandbox: { accepted: stats.accepted, rejected429: stats.rejected, maxAcceptedByCredential: stats.maxByCredential, duplicates: sb.state.writes.duplicates },
			met: { utilisation: node.utilisation >= TARGET, noFailures: node.failed === 0 && node.applied === ITEMS, limitHeld: node.maxInAnyWindow <= LIMIT },
		};
	} finally {
		await sb.close();
	}
}

module.exports = { name: 'writes', title: 'Bulk writes vs the alternative', run };
