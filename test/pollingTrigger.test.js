'use strict';
// Factorial Polling Trigger: poll() in n8n-core's PollContext against the sandbox, with the static
// data n8n would keep between polls and across restarts (test/helpers/poll-harness.js).
const { createPoller } = require('./helpers/poll-harness');
const { useSandbox, credentialClasses, credentialsFor, apiRequests, lastSeq } = require('./helpers/factorial');
const { FactorialPollingTrigger } = require('../dist/nodes/FactorialPollingTrigger/FactorialPollingTrigger.node.js');
const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
const { WATCHED_RECORDS } = require('../dist/nodes/FactorialPollingTrigger/watched.js');
const { MAX_SEEN, OVERLAP_MS } = require('../dist/nodes/FactorialPollingTrigger/watermark.js');
const pkg = require('../package.json');

let sb;
useSandbox((s) => (sb = s));

const V = '/api/2026-10-01/resources';

function poller(watch, authentication = 'apiKey') {
	return createPoller({
		nodeClass: FactorialPollingTrigger,
		credentialClasses,
		credentials: credentialsFor(sb, authentication),
		parameters: { authentication, watch },
	});
}

/** A change made in Factorial by someone else (the sandbox API, outside the node). */
async function api(method, path, body) {
	const res = await fetch(`${sb.url}${V}/${path}`, {
		method,
		headers: { 'x-api-key': sb.fixtures.apiKey, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = await res.json();
	if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
	return json;
}

const rename = (id, firstName) => api('PUT', `employees/employees/${id}`, { id: String(id), first_name: firstName });
const clock = (changes) => sb.configure(changes);
const summary = (items) => items.map((i) => `${i.id}:${i.change}`).sort();

afterEach(() => clock({ clockOffsetMs: 0, clockFrozenAt: null }));

describe('description', () => {
	const { description } = new FactorialPollingTrigger();

	test('is a registered polling trigger with the Factorial node\'s three credentials', () => {
		expect(pkg.n8n.nodes).toContain('dist/nodes/FactorialPollingTrigger/FactorialPollingTrigger.node.js');
		expect(description).toMatchObject({ name: 'factorialPollingTrigger', polling: true, group: ['trigger'], inputs: [] });
		const factorial = new Factorial().description;
		expect(description.credentials).toEqual(factorial.credentials);
		expect(description.properties.find((p) => p.name === 'authentication')).toEqual(factorial.properties.find((p) => p.name === 'authentication'));
		// n8n's loader adds Poll Times to a node with polling: true; the node must not bring its own.
		expect(description.properties.find((p) => p.name === 'pollTimes')).toBeUndefined();
	});

	test('offers every watched record, and the README says how each is watched', () => {
		const watch = description.properties.find((p) => p.name === 'watch');
		expect(watch.options.map((o) => o.value)).toEqual(WATCHED_RECORDS.map((w) => w.value));
		const readme = require('node:fs').readFileSync(require.resolve('../README.md'), 'utf8');
		for (const { name } of WATCHED_RECORDS) expect(readme).toMatch(new RegExp(`^\\| ${name} \\|`, 'm'));
	});
});

describe('employees', () => {
	test('the first poll emits nothing and stores a watermark in Factorial\'s time', async () => {
		await rename(3, 'Before');
		const p = poller('employees');
		expect(await p.poll()).toEqual([]);
		const state = p.saved();
		expect(state.watch).toBe('employees');
		const employee3 = (await api('GET', 'employees/employees/3'));
		expect(state.watermark).toBe(employee3.updated_at);
		expect(state.seen['3']).toBe(employee3.updated_at);
	});

	test('each change between polls is emitted once, saying what happened', async () => {
		const p = poller('employees');
		await p.poll();
		await rename(4, 'Changed');
		await rename(5, 'Changed');
		const created = await api('POST', 'employees/employees/create_with_contract', {
			company_id: sb.fixtures.companyId, first_name: 'New', last_name: 'Hire', email: `new.hire.${Date.now()}@example.com`,
		});
		await api('POST', 'employees/employees/terminate', { id: '6', terminated_on: '2027-01-31' });
		const items = await p.poll();
		expect(summary(items)).toEqual(summary([
			{ id: '4', change: 'updated' }, { id: '5', change: 'updated' }, { id: '6', change: 'terminated' }, { id: created.id, change: 'created' },
		]));
		expect(items.find((i) => i.id === '4').first_name).toBe('Changed');
		expect(await p.poll()).toEqual([]);
		await rename(4, 'Again');
		expect(summary(await p.poll())).toEqual(['4:updated']);
		expect(await p.poll()).toEqual([]);
	});

	test('reads only what changed since the day before the watermark, with Factorial\'s own filter', async () => {
		const p = poller('employees');
		await p.poll();
		const since = await lastSeq(sb);
		await p.poll();
		const [request] = await apiRequests(sb, since);
		const day = new Date(Date.parse(p.saved().watermark) - OVERLAP_MS - 86_400_000).toISOString().slice(0, 10);
		expect(request.query).toMatchObject({ updated_at_gteq: day });
	});

	test('a change stamped exactly on the watermark is emitted, and the one already emitted is not', async () => {
		const p = poller('employees');
		await p.poll();
		clock({ clockFrozenAt: new Date().toISOString() });
		await rename(7, 'OnTheMark');
		expect(summary(await p.poll())).toEqual(['7:updated']);
		const watermark = p.saved().watermark;
		await rename(8, 'SameInstant');
		const items = await p.poll();
		expect(summary(items)).toEqual(['8:updated']);
		expect(items[0].updated_at).toBe(watermark);
		expect(await p.poll()).toEqual([]);
	});

	test('more changes than a page are paged through, each once', async () => {
		const p = poller('employees');
		await p.poll();
		const ids = Array.from({ length: 230 }, (_, i) => i + 10);
		for (const id of ids) await rename(id, `Bulk${id}`);
		const since = await lastSeq(sb);
		const items = await p.poll();
		expect(items.map((i) => i.id).sort()).toEqual(ids.map(String).sort());
		const requests = await apiRequests(sb, since);
		expect(requests.length).toBeGreaterThanOrEqual(3);
		expect(requests.every((r) => Number(r.query.limit) === 100)).toBe(true);
		expect(await p.poll()).toEqual([]);
	});

	test('Factorial\'s clock behind or ahead of n8n\'s changes nothing', async () => {
		const { startSandbox } = require('./sandbox');
		for (const offset of [-3 * 3600_000, 3 * 3600_000]) {
			const skewed = await startSandbox({ clockOffsetMs: offset });
			try {
				const p = createPoller({ nodeClass: FactorialPollingTrigger, credentialClasses, credentials: credentialsFor(skewed), parameters: { authentication: 'apiKey', watch: 'employees' } });
				await p.poll();
				const put = (id) => fetch(`${skewed.url}${V}/employees/employees/${id}`, { method: 'PUT', headers: { 'x-api-key': skewed.fixtures.apiKey, 'content-type': 'application/json' }, body: JSON.stringify({ id, first_name: 'Skewed' }) });
				await put('11');
				expect(summary(await p.poll())).toEqual(['11:updated']);
				await put('12');
				expect(summary(await p.poll())).toEqual(['12:updated']);
				expect(await p.poll()).toEqual([]);
			} finally {
				await skewed.close();
			}
		}
	});

	test('a change stamped before the watermark but listed late (inside the overlap) is still emitted once', async () => {
		const p = poller('employees');
		await p.poll();
		await rename(12, 'Latest');
		await p.poll();
		const watermark = Date.parse(p.saved().watermark);
		// Factorial's servers disagree by a minute: this change is stamped before the one emitted.
		clock({ clockFrozenAt: new Date(watermark - 60_000).toISOString() });
		await rename(13, 'StampedEarlier');
		expect(summary(await p.poll())).toEqual(['13:updated']);
		expect(await p.poll()).toEqual([]);
	});

	test('an n8n restart loses nothing and repeats nothing', async () => {
		const p = poller('employees');
		await p.poll();
		await rename(14, 'BeforeRestart');
		expect(summary(await p.poll())).toEqual(['14:updated']);
		// Polls that emit nothing are not written by n8n: the restart goes back to the last emitting one.
		await p.poll();
		await rename(15, 'WhileDown');
		p.restart();
		expect(summary(await p.poll())).toEqual(['15:updated']);
		p.restart();
		expect(await p.poll()).toEqual([]);
	});

	test('publishing again starts from now: what changed while unpublished is not emitted', async () => {
		const p = poller('employees');
		await p.poll();
		await rename(20, 'WhilePublished');
		expect(summary(await p.poll())).toEqual(['20:updated']);
		await rename(21, 'WhileUnpublished');
		p.republish();
		expect(await p.poll()).toEqual([]);
		await rename(22, 'AfterPublishing');
		expect(summary(await p.poll())).toEqual(['22:updated']);
	});

	test('a poll with nothing new leaves static data untouched', async () => {
		const p = poller('employees');
		await p.poll();
		await rename(16, 'Once');
		await p.poll();
		await p.poll();
		expect(p.changedSinceSave()).toBe(false);
	});

	test('Fetch Test Event returns the most recent few and does not move the watermark', async () => {
		const p = poller('employees');
		await p.poll();
		const before = p.saved();
		await rename(17, 'Recent1');
		await rename(18, 'Recent2');
		const items = await p.poll({ mode: 'manual' });
		expect(items).toHaveLength(5);
		expect(items.slice(0, 2).map((i) => i.id)).toEqual(['18', '17']);
		expect(['updated', 'terminated']).toContain(items[0].change);
		expect(p.staticData()).toEqual(before);
		expect((await p.poll()).map((i) => i.id).sort()).toEqual(['17', '18']);
	});

	test('works with the OAuth2 user and company credentials', async () => {
		for (const authentication of ['oAuth2', 'companyOAuth2']) {
			const p = poller('employees', authentication);
			await p.poll();
			await rename(19, authentication);
			expect(summary(await p.poll())).toEqual(['19:updated']);
		}
	});
});

describe('static data stays bounded', () => {
	test(`after a bulk change, at most ${MAX_SEEN} ids are kept and none is emitted again`, async () => {
		const { WatermarkRound } = require('../dist/nodes/FactorialPollingTrigger/watermark.js');
		const now = Date.parse('2027-03-01T10:00:00.000Z');
		let state = new WatermarkRound('employees', undefined, now).finish();
		const stamp = (ms) => new Date(ms).toISOString();
		// 5,000 records changed in the same second, then 10 more a second later.
		let round = new WatermarkRound('employees', state, now);
		let emitted = 0;
		for (let id = 1; id <= 5000; id++) if (round.consider(String(id), stamp(now + 1000), stamp(now - 1e9)).emit) emitted++;
		for (let id = 5001; id <= 5010; id++) if (round.consider(String(id), stamp(now + 2000), stamp(now + 2000)).emit) emitted++;
		expect(emitted).toBe(5010);
		state = round.finish();
		expect(Object.keys(state.seen).length).toBeLessThanOrEqual(MAX_SEEN);
		expect(JSON.stringify(state).length).toBeLessThan(100_000);
		// The next poll reads all of them again: none is emitted twice; a new change is.
		round = new WatermarkRound('employees', state, now);
		emitted = 0;
		for (let id = 1; id <= 5000; id++) if (round.consider(String(id), stamp(now + 1000), stamp(now - 1e9)).emit) emitted++;
		for (let id = 5001; id <= 5010; id++) if (round.consider(String(id), stamp(now + 2000), stamp(now + 2000)).emit) emitted++;
		expect(emitted).toBe(0);
		expect(round.consider('1', stamp(now + 3000), stamp(now - 1e9))).toEqual({ emit: true, isNew: false });
		// Once the watermark moves past the overlap window, the kept ids go.
		round.consider('9999', stamp(now + OVERLAP_MS + 10_000), stamp(now + OVERLAP_MS + 10_000));
		expect(Object.keys(round.finish().seen)).toEqual(['9999']);
	});
});

describe('other records', () => {
	test('leaves: created, approved, rejected, deleted', async () => {
		const p = poller('leaves');
		await p.poll();
		const body = { employee_id: '2', leave_type_id: '41', start_on: '2027-02-01', finish_on: '2027-02-02' };
		const a = await api('POST', 'timeoff/leaves', body);
		const b = await api('POST', 'timeoff/leaves', { ...body, start_on: '2027-03-01', finish_on: '2027-03-01' });
		expect(summary(await p.poll())).toEqual(summary([{ id: a.id, change: 'created' }, { id: b.id, change: 'created' }]));
		await api('POST', 'timeoff/leaves/approve', { id: a.id });
		await api('POST', 'timeoff/leaves/reject', { id: b.id });
		expect(summary(await p.poll())).toEqual(summary([{ id: a.id, change: 'approved' }, { id: b.id, change: 'rejected' }]));
		await api('DELETE', `timeoff/leaves/${a.id}`);
		expect(summary(await p.poll())).toEqual([`${a.id}:deleted`]);
		expect(await p.poll()).toEqual([]);
	});

	test('shifts: clock-in, break, clock-out', async () => {
		const p = poller('shifts');
		await p.poll();
		const day = new Date().toISOString().slice(0, 10);
		const opened = await api('POST', 'attendance/shifts/clock_in', { employee_id: '3', now: `${day}T09:00:00Z` });
		expect(summary(await p.poll())).toEqual([`${opened.id}:clocked_in`]);
		const pause = await api('POST', 'attendance/shifts/break_start', { employee_id: '3', now: `${day}T13:00:00Z` });
		expect(summary(await p.poll())).toEqual(summary([{ id: opened.id, change: 'clocked_out' }, { id: pause.id, change: 'break_started' }]));
		const ended = await api('POST', 'attendance/shifts/break_end', { employee_id: '3', now: `${day}T13:30:00Z` });
		const afternoon = (await api('GET', `attendance/shifts?employee_ids[]=3&start_on=${day}`)).data.find((s) => s.clock_in === '13:30' && s.workable);
		expect(summary(await p.poll())).toEqual(summary([{ id: ended.id, change: 'break_ended' }, { id: afternoon.id, change: 'clocked_in' }]));
		await api('POST', 'attendance/shifts/clock_out', { employee_id: '3', now: `${day}T18:00:00Z` });
		expect(summary(await p.poll())).toEqual([`${afternoon.id}:clocked_out`]);
	});

	test('tasks: created, completed, updated', async () => {
		const p = poller('tasks');
		await p.poll();
		const task = await api('POST', 'tasks/tasks', { name: 'Send the welcome pack', status: 'todo' });
		expect(summary(await p.poll())).toEqual([`${task.id}:created`]);
		await api('PUT', `tasks/tasks/${task.id}`, { id: task.id, status: 'done' });
		expect(summary(await p.poll())).toEqual([`${task.id}:completed`]);
		await api('PUT', `tasks/tasks/${task.id}`, { id: task.id, name: 'Sent the welcome pack' });
		expect(summary(await p.poll())).toEqual([`${task.id}:updated`]);
	});

	test('candidates, applications and contract versions: new ones', async () => {
		const candidates = poller('candidates');
		const applications = poller('applications');
		const contracts = poller('contractVersions');
		for (const p of [candidates, applications, contracts]) await p.poll();
		const candidate = await api('POST', 'ats/candidates', { first_name: 'Ada', last_name: 'Poll', company_id: sb.fixtures.companyId });
		const application = await api('POST', 'ats/applications', { ats_job_posting_id: '5001', ats_candidate_id: candidate.id });
		const version = await api('POST', 'contracts/contract_versions', {
			employee_id: '2', effective_on: '2027-01-01', starts_on: '2020-01-01', copy_current_contract_version: true, job_title: 'Lead',
		});
		expect(summary(await candidates.poll())).toEqual([`${candidate.id}:created`]);
		expect(summary(await applications.poll())).toEqual([`${application.id}:created`]);
		expect(summary(await contracts.poll())).toEqual([`${version.id}:created`]);
		await api('PUT', `ats/candidates/${candidate.id}`, { id: candidate.id, first_name: 'Ada L.' });
		expect(summary(await candidates.poll())).toEqual([`${candidate.id}:updated`]);
	});
});
