'use strict';
// 4. Fault soak, in a real n8n with On Error: Continue: every write operation that has a check
// (README → "Writes that got no clear answer"), run against a sandbox that fails 10 % of writes with
// a 5xx and 2 % with a connection reset (half of each before applying the write, half after storing
// it, when the client cannot tell which; reads meet the before-apply ones too), answers bursts of
// 429, and expires the access token every few hundred requests. Employee Create and Shift Clock In
// use the OAuth2 user credential (token expiry); the others an API key. Every input item is then
// checked against the sandbox's write ledger (fingerprinted bodies): what the node said (succeeded,
// confirmed after failure, resent, failed) against how often the sandbox applied it.
const { startSandbox } = require('../test/sandbox');
const { resources } = require('../dist/nodes/Factorial/resources/index.js');
const { parameterName } = require('../dist/nodes/Factorial/engine/naming.js');
const { n8n, nodeTiming, itemsOf, pairedIndex, w } = require('./lib/n8n');

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
const DAY = '2026-10-01';
const at = (time) => `${DAY}T${time}:00.000Z`;
const continueOnFail = { onError: 'continueRegularOutput' };
const options = { postLimit: LIMIT, postWindowSeconds: WINDOW_MS / 1000 };
const range = (from, count) => Array.from({ length: count }, (_, i) => String(from + i));
const rlOf = (field) => ({ __rl: true, mode: 'id', value: `={{ $json.${field} }}` });

const CREATES = 600;
const CLOCK = range(1, 300); // clock in, break, back, clock out
const TERMINATED = range(601, 100); // terminated, then unterminated
const ON_LEAVE = range(301, 200); // a leave each; half approved, half rejected
const MEMBERS = range(301, 100);
const DOCUMENTS = range(401, 100);
const DELETES_PER_RESOURCE = 60;
const MAX_ITEMS_PER_RUN = 700;

const byBody = (field) => (write) => (write.body && write.body[field] != null ? String(write.body[field]) : undefined);
const clock = (operation, time) => ({
	rows: () => CLOCK.map((id) => ({ key: id, employee: id })),
	parameters: () => ({ resource: 'shift', operation, now: at(time), additionalFields: { employeeId: rlOf('employee') } }),
	keyOf: byBody('employee_id'),
});
const leavesOf = (sb, ids) => {
	const wanted = new Set(ids);
	return sb.records('leaves').filter((l) => wanted.has(l.employee_id) && l.start_on === '2026-11-02' && l.deleted_at == null);
};

const JOBS = [
	{
		node: 'Employee Create',
		path: 'employees/employees/create_with_contract',
		oauth: true,
		rows: () => Array.from({ length: CREATES }, (_, i) => ({ key: `soak-${String(i + 1).padStart(4, '0')}@bench.example`, first: `Soak${i + 1}` })),
		parameters: (sb) => ({ resource: 'employee', operation: 'create', companyId: w.rl(sb.fixtures.companyId), firstName: '={{ $json.first }}', lastName: 'Bench', email: '={{ $json.key }}', additionalFields: {} }),
		keyOf: byBody('email'),
	},
	{ node: 'Shift Clock In', path: 'attendance/shifts/clock_in', oauth: true, ...clock('clockIn', '08:00') },
	{ node: 'Shift Break Start', path: 'attendance/shifts/break_start', stage: 2, ...clock('breakStart', '12:00') },
	{ node: 'Shift Break End', path: 'attendance/shifts/break_end', stage: 3, ...clock('breakEnd', '12:30') },
	{ node: 'Shift Clock Out', path: 'attendance/shifts/clock_out', stage: 4, ...clock('clockOut', '17:00') },
	{
		node: 'Employee Terminate',
		path: 'employees/employees/terminate',
		rows: () => TERMINATED.map((id) => ({ key: id })),
		parameters: () => ({ resource: 'employee', operation: 'terminate', employeeId: rlOf('key'), terminatedOn: '2026-12-31', additionalFields: {} }),
		keyOf: byBody('id'),
	},
	{
		node: 'Employee Unterminate',
		stage: 2,
		path: 'employees/employees/unterminate',
		rows: () => TERMINATED.map((id) => ({ key: id })),
		parameters: () => ({ resource: 'employee', operation: 'unterminate', employeeId: rlOf('key') }),
		keyOf: byBody('id'),
	},
	{
		node: 'Leave Create',
		path: 'timeoff/leaves',
		rows: (sb) => {
			const type = sb.records('leave_types').find((t) => t.approval_required && t.active !== false && !t.attachment);
			return ON_LEAVE.map((id) => ({ key: id, type: type.id }));
		},
		parameters: () => ({ resource: 'leave', operation: 'create', employeeId: rlOf('key'), startOn: '2026-11-02', additionalFields: { leaveTypeId: rlOf('type'), finishOn: '2026-11-06' } }),
		keyOf: byBody('employee_id'),
	},
	{
		node: 'Leave Approve',
		stage: 2,
		path: 'timeoff/leaves/approve',
		rows: (sb) => leavesOf(sb, ON_LEAVE.slice(0, 100)).map((l) => ({ key: l.id })),
		parameters: () => ({ resource: 'leave', operation: 'approve', leaveId: '={{ $json.key }}' }),
		keyOf: byBody('id'),
	},
	{
		node: 'Leave Reject',
		stage: 2,
		path: 'timeoff/leaves/reject',
		rows: (sb) => leavesOf(sb, ON_LEAVE.slice(100)).map((l) => ({ key: l.id })),
		parameters: () => ({ resource: 'leave', operation: 'reject', leaveId: '={{ $json.key }}', additionalFields: {} }),
		keyOf: byBody('id'),
	},
	{
		node: 'Team Create',
		path: 'teams/teams',
		rows: () => MEMBERS.map((_, i) => ({ key: `Soak team ${i + 1}` })),
		parameters: () => ({ resource: 'team', operation: 'create', name: '={{ $json.key }}', additionalFields: {} }),
		keyOf: byBody('name'),
	},
	{
		node: 'Team Membership Create',
		stage: 2,
		path: 'teams/memberships',
		rows: (sb) => {
			const teams = sb.records('teams').filter((t) => t.name.startsWith('Soak team '));
			return MEMBERS.map((employee, i) => ({ team: teams[i % teams.length].id, employee, key: `${teams[i % teams.length].id}:${employee}` }));
		},
		parameters: () => ({ resource: 'teamMembership', operation: 'create', teamId: rlOf('team'), employeeId: rlOf('employee'), additionalFields: {} }),
		keyOf: (write) => (write.body ? `${write.body.team_id}:${write.body.employee_id}` : undefined),
	},
	{
		node: 'Document Upload',
		path: 'documents/documents',
		rows: (sb) => DOCUMENTS.map((id) => ({ key: `soak-${id}.txt`, employee: id, author: sb.records('employees').find((e) => e.id === id).access_id, text: `Soak document of ${id}` })),
		before: [
			{
				id: 'soak-file',
				name: 'Make it a file',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1,
				position: [0, 0],
				parameters: { operation: 'toBinary', sourceProperty: 'text', binaryPropertyName: 'data', options: { dataIsBase64: false, fileName: 'soak.txt', mimeType: 'text/plain' } },
			},
		],
		parameters: (sb) => ({
			resource: 'document',
			operation: 'upload',
			binaryPropertyName: 'data',
			space: 'employee_my_documents',
			employeeId: { __rl: true, mode: 'id', value: "={{ $('Rows Document Upload').item.json.employee }}" },
			authorId: { __rl: true, mode: 'id', value: "={{ $('Rows Document Upload').item.json.author }}" },
			public: false,
			isPendingAssignment: false,
			requestEsignature: false,
			companyId: w.rl(sb.fixtures.companyId),
			additionalFields: { fileFilename: "={{ $('Rows Document Upload').item.json.key }}" },
		}),
		keyOf: byBody('file_filename'),
	},
	...[
		['close', 1],
		['activate', 2],
		['changeStatus', 3],
	].map(([operation, stage]) => ({
		node: `Project ${operation === 'changeStatus' ? 'Change Status' : operation[0].toUpperCase() + operation.slice(1)}`,
		stage,
		path: `project_management/projects/${operation === 'changeStatus' ? 'change_status' : operation}`,
		rows: (sb) => sb.records('projects').filter((p) => p.name.startsWith('Soak project ')).map((p) => ({ key: p.id })),
		parameters: () => ({ resource: 'project', operation, projectId: rlOf('key'), ...(operation === 'changeStatus' ? { status: 'draft' } : {}) }),
		keyOf: byBody('id'),
	})),
	{
		node: 'Application Move to Phase',
		path: 'ats/applications/move_to_phase',
		rows: (sb) => sb.records('applications').filter((a) => a.cover_letter === 'Soak').map((a) => ({ key: a.id })),
		parameters: () => ({ resource: 'application', operation: 'moveToPhase', applicationId: '={{ $json.key }}', atsApplicationPhaseId: w.rl('5102') }),
		keyOf: byBody('id'),
	},
	...[
		['moveToTrash', 'Document Move to Trash', 'move_to_trash_bin', 2],
		['restoreFromTrash', 'Document Restore From Trash', 'restore_from_trash_bin', 3],
	].map(([operation, node, action, stage]) => ({
		node,
		stage,
		path: `documents/documents/${action}`,
		rows: (sb) => sb.records('documents').filter((d) => /^soak-\d+\.txt$/.test(d.filename)).map((d) => ({ key: d.id })),
		parameters: () => ({ resource: 'document', operation, documentIds: '={{ $json.key }}' }),
		keyOf: (write) => (write.body && Array.isArray(write.body.document_ids) ? String(write.body.document_ids[0]) : undefined),
	})),
	{
		node: 'Candidate Create',
		path: 'ats/candidates',
		rows: () => range(1, 100).map((n) => ({ key: `soak-candidate-${n}@bench.example` })),
		parameters: (sb) => ({ resource: 'candidate', operation: 'create', firstName: 'Soak', lastName: 'Candidate', companyId: w.rl(sb.fixtures.companyId), additionalFields: { email: '={{ $json.key }}' } }),
		keyOf: byBody('email'),
	},
	{
		node: 'Location Create',
		path: 'locations/locations',
		rows: () => range(1, 60).map((n) => ({ key: `Soak office ${n}` })),
		parameters: (sb) => ({ resource: 'location', operation: 'create', name: '={{ $json.key }}', country: 'ES', timezone: 'Europe/Madrid', companyId: w.rl(sb.fixtures.companyId), additionalFields: {} }),
		keyOf: byBody('name'),
	},
	{
		node: 'Folder Create',
		path: 'documents/folders',
		rows: () => range(1, 60).map((n) => ({ key: `Soak folder ${n}` })),
		parameters: (sb) => ({ resource: 'folder', operation: 'create', name: '={{ $json.key }}', space: 'employee_my_documents', companyId: w.rl(sb.fixtures.companyId) }),
		keyOf: byBody('name'),
	},
	{
		node: 'Webhook Subscription Create',
		path: 'api_public/webhook_subscriptions',
		rows: () => range(1, 60).map((n) => ({ key: `https://hooks.bench.example/soak-${n}` })),
		parameters: (sb) => ({ resource: 'webhookSubscription', operation: 'create', subscriptionType: 'payroll/policy_period/change_status', targetUrl: '={{ $json.key }}', companyId: w.rl(sb.fixtures.companyId), additionalFields: {} }),
		keyOf: byBody('target_url'),
	},
	{
		node: 'Leave Type Create',
		path: 'timeoff/leave_types',
		rows: () => range(1, 60).map((n) => ({ key: `soak_${n}` })),
		parameters: (sb) => ({ resource: 'leaveType', operation: 'create', name: '={{ "Soak " + $json.key }}', identifier: '={{ $json.key }}', color: '07A2AD', accrues: false, approvalRequired: true, workable: false, detailsRequired: false, companyId: w.rl(sb.fixtures.companyId), additionalFields: {} }),
		keyOf: byBody('identifier'),
	},
	// Every delete (one check for all: the record is gone, or marked deleted): records the jobs above
	// made, and seeded ones; some of those Factorial refuses to delete, which the node reports as it is.
	...resources.flatMap((resource) =>
		resource.operations
			.filter((op) => op.method === 'DELETE' && op.check)
			.map((op) => {
				const field = op.fields[0];
				const collection = op.path.replace(/\/\{\w+\}$/, '');
				return {
					node: `${resource.displayName} Delete`,
					// Deleting a team, a contract version or a candidate removes its memberships, compensations
					// or applications: those are deleted first, and the others' rows read after.
					stage: ['teamMembership', 'compensation', 'application'].includes(resource.name) ? 5 : 6,
					path: collection,
					method: 'DELETE',
					rows: (sb) => sb.records(collection).filter((r) => r.deleted_at == null).slice(-DELETES_PER_RESOURCE).map((r) => ({ key: String(r.id) })),
					parameters: () => ({ resource: resource.name, operation: 'delete', [parameterName(field)]: field.kind === 'locator' ? rlOf('key') : '={{ $json.key }}' }),
					keyOf: (write) => (write.path.startsWith(`/resources/${collection}/`) ? decodeURIComponent(write.path.slice(collection.length + 12)) : undefined),
					exactPath: false,
				};
			}),
	),
];

const OUTCOMES = ['succeeded', 'confirmed after failure', 'resent', 'resent, then confirmed', 'failed, may have been applied', 'failed, not applied'];

function outcomeOf(json) {
	if (json.error === undefined) {
		if (json.confirmedAfterFailure && json.resentAfterFailure) return 'resent, then confirmed';
		if (json.confirmedAfterFailure) return 'confirmed after failure';
		if (json.resentAfterFailure) return 'resent';
		return 'succeeded';
	}
	return json.mayHaveBeenApplied === true ? 'failed, may have been applied' : 'failed, not applied';
}

const emptyTruth = () => Object.fromEntries(OUTCOMES.map((o) => [o, { 0: 0, 1: 0, '2+': 0 }]));

function check(sb, job, rows, run) {
	const method = job.method || 'POST';
	const applied = new Map();
	for (const write of sb.state.writes.byFingerprint.values()) {
		if (write.method !== method) continue;
		if (job.exactPath !== false && write.path !== `/resources/${job.path}`) continue;
		const key = job.keyOf(write);
		if (key !== undefined) applied.set(key, (applied.get(key) || 0) + write.count);
	}
	const items = itemsOf(run, job.node);
	const byInput = rows.map(() => []);
	let unpaired = 0;
	for (const item of items) {
		const index = pairedIndex(item.pairedItem);
		if (byInput[index]) byInput[index].push(item.json);
		else unpaired++;
	}
	const truth = emptyTruth();
	const r = { node: job.node, items: rows.length, lost: 0, appliedTwice: 0, inDoubt: 0, saidNotAppliedButApplied: 0, notOneOutput: 0, unpaired, truth, errorsByKind: {} };
	byInput.forEach((outs, i) => {
		const count = applied.get(rows[i].key) || 0;
		if (count > 1) r.appliedTwice++;
		if (outs.length !== 1) {
			r.notOneOutput++;
			if (outs.length === 0 && count === 0) r.lost++;
			return;
		}
		const json = outs[0];
		const outcome = outcomeOf(json);
		truth[outcome][count > 1 ? '2+' : String(count)]++;
		if (json.error === undefined && count === 0) r.lost++;
		if (outcome === 'failed, may have been applied') r.inDoubt++;
		if (outcome === 'failed, not applied' && count > 0) r.saidNotAppliedButApplied++;
		if (json.error !== undefined) {
			const kind = `${json.httpCode || 'no answer'}${json.mayHaveBeenApplied ? ', may have been applied' : ''}`;
			r.errorsByKind[kind] = (r.errorsByKind[kind] || 0) + 1;
		}
	});
	r.firstErrors = [...new Set(byInput.flat().filter((j) => j.error !== undefined).map((j) => j.error.replace(/\d{3,}/g, 'N')))].slice(0, 4);
	return r;
}

// Records that state-changing writes need and that no checked write makes, put straight into the
// sandbox's store (as its own seed does): active projects, and applications in their first phase.
const SEEDED = 60;
function seed(sb) {
	const { store } = sb.state;
	const [project] = sb.records('projects');
	const [template] = sb.records('applications');
	for (let n = 1; n <= SEEDED; n++) {
		store.get('projects').insert({ ...project, id: null, name: `Soak project ${n}`, code: `SK${n}`, status: 'active' });
	}
	for (let n = 1; n <= SEEDED; n++) {
		store.get('applications').insert({ ...template, id: null, ats_application_phase_id: '5101', qualified: null, cover_letter: 'Soak' });
	}
}

/** One trigger, then a branch per job: its rows, anything it needs before it, and the node. */
function workflow(sb, id, name, branches, { oauth, apiKey }) {
	const trigger = w.manualTrigger();
	const nodes = [trigger];
	const connections = {};
	const link = (from, to) => {
		connections[from.name] = connections[from.name] || { main: [[]] };
		connections[from.name].main[0].push({ node: to.name, type: 'main', index: 0 });
	};
	branches.forEach(({ job, rows }, row) => {
		const settings = job.oauth ? { authentication: 'oAuth2', credential: oauth } : { credential: apiKey };
		const chain = [
			...w.itemsFrom(rows, `Rows ${job.node}`),
			...(job.before || []).map((node) => ({ ...node, id: `${node.id}-${row}`, name: `${node.name} (${job.node})` })),
			w.factorial(job.node, { ...job.parameters(sb), options }, { ...settings, settings: continueOnFail }),
		];
		chain.forEach((node, column) => {
			node.position = [(column + 1) * 220, row * 200];
			link(column === 0 ? trigger : chain[column - 1], node);
		});
		nodes.push(...chain);
	});
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}

async function run({ log }) {
	const sb = await startSandbox({ employees: 700, postLimit: LIMIT, postWindowMs: WINDOW_MS, faults: FAULTS });
	try {
		seed(sb);
		const app = await n8n();
		const oauth = w.oauthCredential('benchSoakUser', 'factorialOAuth2Api', sb.url, sb.fixtures.oauth, {
			access_token: sb.fixtures.userToken.access_token,
			refresh_token: sb.fixtures.userToken.refresh_token,
		});
		const apiKey = w.apiKeyCredential('benchSoakKey', sb.url, sb.fixtures.apiKey);
		await app.importCredentials([oauth, apiKey]);
		// One workflow per stage, a branch per job (n8n runs them one after another): a job's rows are
		// read from the sandbox once the stages before it have written what it writes to.
		const jobs = [];
		const stages = [...new Set(JOBS.map((job) => job.stage || 1))].sort((x, y) => x - y);
		for (const stage of stages) {
			const branches = [];
			for (const job of JOBS.filter((j) => (j.stage || 1) === stage)) {
				const rows = job.rows(sb);
				if (rows.length === 0) jobs.push({ node: job.node, items: 0, skipped: 'no records to write' });
				else branches.push({ job, rows });
			}
			// At most ~700 items per run: n8n execute prints the whole run as JSON, and a much larger
			// one came back cut off.
			const runs = [];
			for (const branch of branches) {
				const last = runs[runs.length - 1];
				if (last && last.items + branch.rows.length <= MAX_ITEMS_PER_RUN) {
					last.branches.push(branch);
					last.items += branch.rows.length;
				} else runs.push({ branches: [branch], items: branch.rows.length });
			}
			for (const [part, { branches: group }] of runs.entries()) {
				const id = `benchSoakStage${stage}Part${part + 1}`;
				await app.importWorkflows([workflow(sb, id, `Bench: fault soak, stage ${stage}, part ${part + 1}`, group, { oauth, apiKey })]);
				const { run: result } = await app.execute(id, { timeoutMs: 1200000 });
				for (const { job, rows } of group) {
					const r = { workflowStatus: result.status, nodeMs: (nodeTiming(result, job.node) || {}).executionTime, ...check(sb, job, rows, result) };
					jobs.push(r);
					const t = r.truth;
					log(`  ${job.node}: ${r.items} items; ${t.succeeded[1]} ok, ${t['confirmed after failure'][1]} confirmed, ${t.resent[1] + t['resent, then confirmed'][1]} resent, ${r.inDoubt} in doubt, ${t['failed, not applied'][0]} refused; lost ${r.lost}, applied twice ${r.appliedTwice}`);
				}
			}
		}
		const ran = jobs.filter((j) => !j.skipped);
		const total = (key) => ran.reduce((sum, j) => sum + j[key], 0);
		const truth = emptyTruth();
		for (const j of ran) for (const o of OUTCOMES) for (const c of ['0', '1', '2+']) truth[o][c] += j.truth[o][c];
		const { stats, faults, postWindow, writes } = sb.state;
		const sandbox = {
			apiRequests: Object.values(stats.statuses).reduce((s, n) => s + n, 0),
			statuses: stats.statuses,
			faults: { ...faults.counts },
			answered429: { window: postWindow.rejected, burst: faults.counts.burst429 },
			refreshes: { ...stats.refreshes },
			writesApplied: writes.applied,
			duplicates: writes.duplicates,
		};
		const items = total('items');
		const totals = { items, lost: total('lost'), appliedTwice: total('appliedTwice'), inDoubt: total('inDoubt'), saidNotAppliedButApplied: total('saidNotAppliedButApplied'), notOneOutput: total('notOneOutput') + total('unpaired') };
		totals.inDoubtShare = items ? totals.inDoubt / items : 0;
		const result = { writes: items, faults: FAULTS, limit: LIMIT, windowMs: WINDOW_MS, jobs, truth, sandbox, totals, inDoubtTarget: 0.01 };
		result.met = {
			lost: totals.lost === 0,
			appliedTwice: totals.appliedTwice === 0,
			inDoubt: totals.inDoubtShare <= result.inDoubtTarget,
			everyItemAccounted: totals.notOneOutput === 0 && totals.saidNotAppliedButApplied === 0,
		};
		return result;
	} finally {
		await sb.close();
	}
}

module.exports = { name: 'soak', title: 'Fault soak', run };
