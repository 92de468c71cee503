'use strict';
// 4. Fault soak, in a real n8n with On Error: Continue and the OAuth2 user credential: 600 Employee
// Create and 500 Shift Clock In items against a sandbox that fails 10 % of writes with a 5xx and 2 %
// with a connection reset (half of each before applying the write, half after storing it, when the
// client cannot tell which), answers bursts of 429, and expires the access token every few hundred
// requests. Every input item is then checked against the sandbox's write ledger (fingerprinted bodies).
const { startSandbox } = require('../test/sandbox');
const { n8n, nodeTiming, itemsOf, pairedIndex, w } = require('./lib/n8n');

const CREATES = 600;
const CLOCK_INS = 500;
const LIMIT = 200;
const WINDOW_MS = 5000;
const FAULTS = {
	seed: 20261001,
	error5xxBeforeApply: 0.05,
	error5xxAfterApply: 0.05,
	resetBeforeApply: 0.01,
	resetAfterApply: 0.01,
	burst429Every: 150,
	burst429Length: 5,
	expireTokensEvery: 300,
};
const NOW = '2026-10-01T08:00:00.000Z';
const continueOnFail = { onError: 'continueRegularOutput' };
const options = { postLimit: LIMIT, postWindowSeconds: WINDOW_MS / 1000 };

const emailOf = (i) => `soak-${String(i + 1).padStart(4, '0')}@bench.example`;

const JOBS = [
	{
		id: 'benchSoakCreate',
		node: 'Create employees',
		count: CREATES,
		path: '/resources/employees/employees/create_with_contract',
		keyOf: (body) => body && body.email,
		inputKey: (i) => emailOf(i),
		rows: () => Array.from({ length: CREATES }, (_, i) => ({ first: `Soak${i + 1}`, email: emailOf(i) })),
		parameters: (sb) => ({ resource: 'employee', operation: 'create', companyId: w.rl(sb.fixtures.companyId), firstName: '={{ $json.first }}', lastName: 'Bench', email: '={{ $json.email }}', additionalFields: {}, options }),
	},
	{
		id: 'benchSoakClockIn',
		node: 'Clock in',
		count: CLOCK_INS,
		path: '/resources/attendance/shifts/clock_in',
		keyOf: (body) => body && body.employee_id,
		inputKey: (i) => String(i + 1),
		rows: () => Array.from({ length: CLOCK_INS }, (_, i) => ({ employee_id: String(i + 1) })),
		parameters: () => ({ resource: 'shift', operation: 'clockIn', now: NOW, additionalFields: { employeeId: { __rl: true, mode: 'id', value: '={{ $json.employee_id }}' } }, options }),
	},
];

function check(sb, job, run) {
	const applied = new Map();
	for (const write of sb.state.writes.byFingerprint.values()) {
		if (write.method !== 'POST' || write.path !== job.path) continue;
		const key = job.keyOf(write.body);
		applied.set(key, (applied.get(key) || 0) + write.count);
	}
	const items = itemsOf(run, job.node);
	const byInput = Array.from({ length: job.count }, () => []);
	let unpaired = 0;
	for (const item of items) {
		const index = pairedIndex(item.pairedItem);
		if (byInput[index]) byInput[index].push(item.json);
		else unpaired++;
	}
	const r = { items: job.count, succeeded: 0, errorItems: 0, flaggedMayHaveApplied: 0, flaggedAndApplied: 0, notFlaggedAndApplied: 0, missingFlag: 0, lost: 0, reportedButAbsent: 0, appliedTwice: 0, notOneOutput: 0, unpaired, errorsByKind: {} };
	byInput.forEach((outs, i) => {
		const count = applied.get(job.inputKey(i)) || 0;
		if (count > 1) r.appliedTwice++;
		if (outs.length !== 1) {
			r.notOneOutput++;
			if (outs.length === 0 && count === 0) r.lost++;
			return;
		}
		const json = outs[0];
		if (json.error === undefined) {
			r.succeeded++;
			if (count === 0) {
				r.reportedButAbsent++;
				r.lost++;
			}
			return;
		}
		r.errorItems++;
		const kind = `${json.httpCode || 'no answer'}${json.mayHaveBeenApplied ? ', may have been applied' : ''}`;
		r.errorsByKind[kind] = (r.errorsByKind[kind] || 0) + 1;
		if (typeof json.mayHaveBeenApplied !== 'boolean') r.missingFlag++;
		else if (json.mayHaveBeenApplied) {
			r.flaggedMayHaveApplied++;
			if (count > 0) r.flaggedAndApplied++;
		} else if (count > 0) r.notFlaggedAndApplied++;
	});
	r.firstErrors = [...new Set(byInput.flat().filter((j) => j.error !== undefined).map((j) => j.error.replace(/\d{3,}/g, 'N')))].slice(0, 6);
	return r;
}

async function run({ log }) {
	const sb = await startSandbox({ employees: 700, postLimit: LIMIT, postWindowMs: WINDOW_MS, faults: FAULTS });
	try {
		const app = await n8n();
		const credential = w.oauthCredential('benchSoakUser', 'factorialOAuth2Api', sb.url, sb.fixtures.oauth, {
			access_token: sb.fixtures.userToken.access_token,
			refresh_token: sb.fixtures.userToken.refresh_token,
		});
		await app.importCredentials([credential]);
		await app.importWorkflows(
			JOBS.map((job) =>
				w.chain(job.id, `Bench: fault soak, ${job.node}`, [
					w.manualTrigger(),
					...w.itemsFrom(job.rows(), 'Rows'),
					w.factorial(job.node, job.parameters(sb), { authentication: 'oAuth2', credential, settings: continueOnFail }),
				]),
			),
		);
		const jobs = [];
		for (const job of JOBS) {
			const { run: result } = await app.execute(job.id, { timeoutMs: 600000 });
			const r = { node: job.node, workflowStatus: result.status, nodeMs: (nodeTiming(result, job.node) || {}).executionTime, ...check(sb, job, result) };
			jobs.push(r);
			log(`  ${job.node}: ${r.succeeded} ok, ${r.errorItems} error items (${r.flaggedMayHaveApplied} may have been applied), lost ${r.lost}, applied twice ${r.appliedTwice}, mislabelled ${r.notFlaggedAndApplied}`);
		}
		const { stats, faults, postWindow, writes } = sb.state;
		const total = (key) => jobs.reduce((sum, j) => sum + j[key], 0);
		const sandbox = {
			apiRequests: Object.entries(stats.statuses).reduce((s, [, n]) => s + n, 0),
			statuses: stats.statuses,
			faults: { ...faults.counts },
			answered429: { window: postWindow.rejected, burst: faults.counts.burst429 },
			refreshes: { ...stats.refreshes },
			writesApplied: writes.applied,
			duplicates: writes.duplicates,
		};
		const result = {
			writes: CREATES + CLOCK_INS,
			faults: FAULTS,
			limit: LIMIT,
			windowMs: WINDOW_MS,
			jobs,
			sandbox,
			totals: { succeeded: total('succeeded'), errorItems: total('errorItems'), flaggedMayHaveApplied: total('flaggedMayHaveApplied'), flaggedAndApplied: total('flaggedAndApplied'), lost: total('lost'), appliedTwice: total('appliedTwice'), mislabelled: total('notFlaggedAndApplied') + total('missingFlag'), notOneOutput: total('notOneOutput') + total('unpaired') },
		};
		result.met = { lost: result.totals.lost === 0, appliedTwice: result.totals.appliedTwice === 0 && sandbox.duplicates === 0, everyItemAccounted: result.totals.notOneOutput === 0 && result.totals.mislabelled === 0 };
		return result;
	} finally {
		await sb.close();
	}
}

module.exports = { name: 'soak', title: 'Fault soak', run };
