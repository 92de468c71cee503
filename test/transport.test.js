'use strict';
// Transport (nodes/shared/transport/*): URL building, Rails-style array queries, cursor
// pagination, the POST limiter, 429 absorption, what is retried and what is not, and Retry-After.
// Runs the built node in-process (test/helpers/factorial.js) against the local Factorial sandbox.
// Rate-limit tests use scaled windows (10 POSTs per 1 s) so the whole file stays fast.
const net = require('node:net');
const { startSandbox } = require('./sandbox');
const { createPrng } = require('./sandbox/prng');
const { runFactorial, credentialsFor, sandboxLog, sandboxState, lastSeq, control, rl } = require('./helpers/factorial');

jest.setTimeout(20_000);

// The node's POST limiter is shared per (credential type, credential id, base URL) for the whole
// process, so every test uses its own credential id: no test inherits another's spent budget.
let credentialCounter = 0;
function freshCredentials(sb, overrides = {}, authentication = 'apiKey') {
	const credentials = credentialsFor(sb, authentication, overrides);
	for (const entry of Object.values(credentials)) entry.id = `cred-transport-${++credentialCounter}`;
	return credentials;
}

const custom = (method, path, { query, body, returnAll } = {}) => ({
	resource: 'customApiCall',
	operation: 'call',
	method,
	path,
	...(query !== undefined ? { query: JSON.stringify(query) } : {}),
	...(body !== undefined ? { body: JSON.stringify(body) } : {}),
	...(returnAll !== undefined ? { returnAll } : {}),
});

/** Employee Create for each input item, the email taken from the item. */
const createEmployees = (options) => ({
	resource: 'employee',
	operation: 'create',
	companyId: rl('9001'),
	firstName: 'Rate',
	lastName: '={{ "Limit " + $itemIndex }}',
	email: '={{ $json.email }}',
	options,
});

const emailItems = (prefix, count) =>
	Array.from({ length: count }, (_, i) => ({ json: { email: `${prefix}-${i}@example.com` } }));

async function stats(sb) {
	return await control(sb, 'GET', 'stats');
}

/**
 * One POST through the node on a separate sandbox API key (its own window), then the sandbox's
 * counters are reset, so the budget tests below measure the steady state; the cold case (POSTs
 * delayed after admission) has its own test.
 */
async function warmUp(sb) {
	const { apiKey } = sb.createApiKey();
	const { error } = await runFactorial(sb, {
		parameters: createEmployees({}),
		items: emailItems(`warm-${credentialCounter}`, 1),
		credentials: freshCredentials(sb, { apiKey }),
	});
	expect(error).toBeUndefined();
	await control(sb, 'POST', 'stats/reset');
}

/** Asserts that every email was created exactly once (sandbox state and write ledger). */
async function expectEachCreatedOnce(sb, emails) {
	const employees = await sandboxState(sb, 'employees');
	for (const email of emails) expect(employees.filter((e) => e.email === email)).toHaveLength(1);
	const writes = await control(sb, 'GET', 'writes');
	expect(writes.duplicates).toBe(0);
	const created = writes.writes.filter((w) => w.path.endsWith('/create_with_contract'));
	expect(created.map((w) => w.body.email).sort()).toEqual([...emails].sort());
	expect(created.every((w) => w.count === 1)).toBe(true);
}

/** A TCP port on 127.0.0.1 with nothing listening on it (taken, then released). */
async function freePort() {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

describe('URL and query string', () => {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox({ port: 0 });
	});
	afterAll(async () => sb.close());

	test('requests go to {baseUrl}/api/{credential apiVersion}/resources/{path}', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: custom('GET', 'employees/employees/1'),
			// a trailing slash on the base URL must not produce "//api"
			credentials: freshCredentials(sb, { apiVersion: '2025-07-01', baseUrl: `${sb.url}/` }),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.id).toBe('1');
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.method, e.path, e.status])).toEqual([
			['GET', '/api/2025-07-01/resources/employees/employees/1', 200],
		]);
		expect(log[0].auth.kind).toBe('api_key');
	});

	test('an empty apiVersion falls back to 2026-10-01', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, {
			parameters: custom('GET', 'employees/employees/2'),
			credentials: freshCredentials(sb, { apiVersion: '' }),
		});
		expect(error).toBeUndefined();
		expect((await sandboxLog(sb, before)).map((e) => e.path)).toEqual(['/api/2026-10-01/resources/employees/employees/2']);
	});

	test('Employee filter ids arrive as ids[]=a&ids[]=b and filter the result', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: { resource: 'employee', operation: 'getAll', returnAll: true, filters: { ids: '3, 5,7' } },
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['3', '5', '7']);
		const log = await sandboxLog(sb, before);
		expect(log).toHaveLength(1);
		expect(log[0].query['ids[]']).toEqual(['3', '5', '7']);
		expect(log[0].query.ids).toBeUndefined();
	});

	test('Custom API Call query arrays arrive as name[]=…, scalars as name=…', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: custom('GET', 'employees/employees', { query: { ids: ['4', '6'], only_active: true, limit: 10 } }),
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		const log = await sandboxLog(sb, before);
		expect(log).toHaveLength(1);
		expect(log[0].query).toEqual({ 'ids[]': ['4', '6'], only_active: 'true', limit: '10' });
		// Without Return All the page comes back as one item; the sandbox applied the filter, so the
		// array really was understood as a list.
		expect(items).toHaveLength(1);
		const ids = items[0].json.data.map((e) => e.id);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.every((id) => ['4', '6'].includes(id))).toBe(true);
	});
});

describe('Parallel requests', () => {
	let sb;
	beforeAll(async () => {
		// Long enough that every request of a batch is sent before the first answer, even on a busy CPU.
		sb = await startSandbox({ port: 0, latencyMs: 120 });
	});
	afterAll(async () => sb.close());

	const getEach = (options) => ({
		resource: 'employee',
		operation: 'get',
		employeeId: rl('={{ $json.id }}'),
		...(options ? { options } : {}),
	});
	const items = Array.from({ length: 30 }, (_, i) => ({ json: { id: String((i % 20) + 1) } }));

	test.each([
		['the default', undefined, 10],
		['Parallel Requests 3', { concurrency: 3 }, 3],
		['Parallel Requests 1', { concurrency: 1 }, 1],
	])('with %s, items overlap up to that many requests in flight, never more, output in input order', async (_, options, bound) => {
		await control(sb, 'POST', 'stats/reset');
		const { items: out, error } = await runFactorial(sb, { parameters: getEach(options), items });
		expect(error).toBeUndefined();
		expect(out.map((item) => item.json.id)).toEqual(items.map((item) => item.json.id));
		expect((await stats(sb)).inFlight.max).toBe(bound);
	});
});

describe('Pagination', () => {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox({ port: 0, employees: 260 });
	});
	afterAll(async () => sb.close());

	test('Custom API Call with Return All pages follows end_cursor over every seeded employee', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: custom('GET', 'employees/employees', { returnAll: true }),
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		const seeded = (await sandboxState(sb, 'employees')).map((e) => e.id);
		expect(seeded).toHaveLength(260);
		expect(items.map((i) => i.json.id)).toEqual(seeded);
		const pages = await sandboxLog(sb, before);
		expect(pages.map((p) => p.query.limit)).toEqual(['100', '100', '100']);
		expect(pages[0].query.after_id).toBeUndefined();
		expect(pages[1].query.after_id).toBeTruthy();
		expect(pages[2].query.after_id).toBeTruthy();
		expect(pages[2].query.after_id).not.toBe(pages[1].query.after_id);
	});

	test('Limit 150 returns exactly 150 records from two requests, limit 100 then 50', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: { resource: 'employee', operation: 'getAll', returnAll: false, limit: 150 },
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		const seeded = (await sandboxState(sb, 'employees')).map((e) => e.id);
		expect(items.map((i) => i.json.id)).toEqual(seeded.slice(0, 150));
		const pages = await sandboxLog(sb, before);
		expect(pages.map((p) => p.query.limit)).toEqual(['100', '50']);
		expect(pages[1].query.after_id).toBeTruthy();
	});
});

describe('POST rate limit', () => {
	let sb;
	afterEach(async () => sb?.close());

	test('429s are absorbed: every write applied exactly once, 0 failed items', async () => {
		sb = await startSandbox({ port: 0, postLimit: 10, postWindowMs: 1000 });
		const items = emailItems('absorb', 25);
		// The node's own budget is far above the sandbox's, so only the sandbox's 429s hold it back.
		const { items: out, error } = await runFactorial(sb, {
			parameters: createEmployees({ postLimit: 1000, postWindowSeconds: 1, concurrency: 10 }),
			items,
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		expect(out).toHaveLength(25);
		expect(out.filter((i) => i.json.error)).toEqual([]);
		expect(out.map((i) => i.json.email)).toEqual(items.map((i) => i.json.email));
		expect(out.map((i) => i.pairedItem.item)).toEqual(items.map((_, i) => i));
		const s = await stats(sb);
		expect(s.posts.rejected429).toBeGreaterThan(0);
		expect(s.posts.accepted).toBe(25);
		expect(s.posts.maxAcceptedInAnyWindow).toBeLessThanOrEqual(10);
		await expectEachCreatedOnce(sb, items.map((i) => i.json.email));
	});

	test('with the node budget equal to the sandbox window and concurrency 10, no 429 is answered', async () => {
		sb = await startSandbox({ port: 0, postLimit: 10, postWindowMs: 1000 });
		// no warm-up: the cold start must hold the budget too
		const items = emailItems('budget', 25);
		const started = Date.now();
		const { items: out, error } = await runFactorial(sb, {
			parameters: createEmployees({ postLimit: 10, postWindowSeconds: 1, concurrency: 10 }),
			items,
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		expect(out.filter((i) => i.json.error)).toEqual([]);
		const s = await stats(sb);
		expect(s.posts.rejected429).toBe(0);
		expect(s.posts.accepted).toBe(25);
		expect(s.posts.maxAcceptedInAnyWindow).toBeLessThanOrEqual(10);
		// 25 POSTs at 10 per second cannot take less than two full windows
		expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
		await expectEachCreatedOnce(sb, items.map((i) => i.json.email));
	});

	test('two concurrent executions with the same credential share one budget', async () => {
		sb = await startSandbox({ port: 0, postLimit: 10, postWindowMs: 1000 });
		await warmUp(sb);
		const credentials = freshCredentials(sb);
		const options = { postLimit: 10, postWindowSeconds: 1, concurrency: 10 };
		const a = emailItems('shared-a', 15);
		const b = emailItems('shared-b', 15);
		const [runA, runB] = await Promise.all([
			runFactorial(sb, { parameters: createEmployees(options), items: a, credentials }),
			runFactorial(sb, { parameters: createEmployees(options), items: b, credentials }),
		]);
		expect(runA.error).toBeUndefined();
		expect(runB.error).toBeUndefined();
		expect([...runA.items, ...runB.items].filter((i) => i.json.error)).toEqual([]);
		const s = await stats(sb);
		// Two separate budgets would each send 10 in the first second: 20 > 10 and 429s.
		expect(s.posts.rejected429).toBe(0);
		expect(s.posts.accepted).toBe(30);
		expect(s.posts.maxAcceptedInAnyWindow).toBeLessThanOrEqual(10);
		await expectEachCreatedOnce(sb, [...a, ...b].map((i) => i.json.email));
	});

	test('a POST delayed after admission (401 → OAuth refresh → resend) still stays within the window', async () => {
		// Every user token expired and Factorial answers in 100 ms: the first ten POSTs are admitted
		// at once, answered 401, n8n refreshes the token and sends them again ~150 ms later. The
		// node's budget equals the sandbox's, so no 429 should be needed.
		sb = await startSandbox({ port: 0, postLimit: 10, postWindowMs: 1000, latencyMs: 100 });
		await warmUp(sb);
		await control(sb, 'POST', 'expire-tokens');
		const items = emailItems('delayed', 20);
		const { items: out, error } = await runFactorial(sb, {
			authentication: 'oAuth2',
			parameters: createEmployees({ postLimit: 10, postWindowSeconds: 1, concurrency: 10 }),
			items,
			credentials: freshCredentials(sb, {}, 'oAuth2'),
		});
		expect(error).toBeUndefined();
		expect(out.filter((i) => i.json.error)).toEqual([]);
		await expectEachCreatedOnce(sb, items.map((i) => i.json.email));
		const s = await stats(sb);
		expect(s.refreshes.ok).toBe(1);
		expect(s.posts.maxAcceptedInAnyWindow).toBeLessThanOrEqual(10);
		// Factorial counts a POST when it arrives, which can be well after the limiter let it go
		// (here the 401, the token refresh and the resend take ~150 ms): a slot must stay counted
		// until the response, or the next batch lands inside the late arrivals' window.
		expect(s.posts.rejected429).toBe(0);
	});

	test('Retry-After is waited before the POST is sent again', async () => {
		// One POST per 1.5 s: the second POST is refused with Retry-After: 2 (whole seconds, rounded up).
		sb = await startSandbox({ port: 0, postLimit: 1, postWindowMs: 1500 });
		const items = emailItems('retry-after', 2);
		const before = await lastSeq(sb);
		const { items: out, error } = await runFactorial(sb, {
			parameters: createEmployees({ postLimit: 1000, postWindowSeconds: 1, concurrency: 1 }),
			items,
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		expect(out.filter((i) => i.json.error)).toEqual([]);
		const posts = (await sandboxLog(sb, before)).filter((e) => e.method === 'POST');
		expect(posts.map((p) => p.status)).toEqual([201, 429, 201]);
		const refusedAt = Date.parse(posts[1].at);
		const retriedAt = Date.parse(posts[2].at);
		// A backoff that ignored Retry-After (0.5–1 s) would come back too early and meet a second 429.
		expect(retriedAt - refusedAt).toBeGreaterThanOrEqual(2000);
		expect(retriedAt - refusedAt).toBeLessThan(3500);
		await expectEachCreatedOnce(sb, items.map((i) => i.json.email));
	});

	test('the maximum rate-limit wait ends in an error that names the limit', async () => {
		// Every POST answered 429 with Retry-After: 1, forever.
		sb = await startSandbox({ port: 0, faults: { burst429Every: 1 } });
		const before = await lastSeq(sb);
		const { items: out, error } = await runFactorial(sb, {
			parameters: createEmployees({ postLimit: 7, postWindowSeconds: 3, maxRateLimitWaitSeconds: 1 }),
			items: emailItems('max-wait', 1),
			credentials: freshCredentials(sb),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(out).toHaveLength(1);
		const { json } = out[0];
		expect(json.httpCode).toBe('429');
		expect(json.error).toMatch(/POST employees\/employees\/create_with_contract/);
		expect(json.error).toMatch(/429/);
		// names the node's limit and the maximum that was reached
		expect(json.description).toMatch(/7 POST requests per 3 s/);
		expect(json.description).toMatch(/still answering 429 after 1 s of waiting, the node's maximum/);
		// 1 s allowed: the first 429's Retry-After (1 s) fits, the second would exceed it
		const posts = (await sandboxLog(sb, before)).filter((e) => e.method === 'POST');
		expect(posts.map((p) => p.status)).toEqual([429, 429]);
		expect((await control(sb, 'GET', 'writes')).applied).toBe(0);
	});

	test('maximum rate-limit wait 0 fails at the first 429 without waiting', async () => {
		sb = await startSandbox({ port: 0, faults: { burst429Every: 1 } });
		const before = await lastSeq(sb);
		const started = Date.now();
		const { error } = await runFactorial(sb, {
			parameters: createEmployees({ maxRateLimitWaitSeconds: 0 }),
			items: emailItems('max-wait-0', 1),
			credentials: freshCredentials(sb),
		});
		expect(Date.now() - started).toBeLessThan(900);
		expect(error).toBeDefined();
		expect(error.message).toMatch(/\(429\)/);
		expect(error.description).toMatch(/200 POST requests per 60 s/);
		expect(error.description).toMatch(/after 0 s of waiting/);
		expect((await sandboxLog(sb, before)).filter((e) => e.method === 'POST')).toHaveLength(1);
	});
});

describe('Retries', () => {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox({ port: 0 });
	});
	afterEach(() => sb.configure({ faults: null }));
	afterAll(async () => sb.close());

	/** A fault seed whose first `failures` draws fall below p and the next one does not. */
	function seedFailingFirst(failures, p) {
		for (let seed = 1; seed < 10_000; seed++) {
			const prng = createPrng(seed);
			const draws = Array.from({ length: failures + 1 }, () => prng.next());
			if (draws.slice(0, failures).every((d) => d < p) && draws[failures] >= p) return seed;
		}
		throw new Error('no seed found');
	}

	test('a GET answered 5xx is retried and succeeds', async () => {
		sb.configure({ faults: { seed: seedFailingFirst(2, 0.5), error5xxBeforeApply: 0.5 } });
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: custom('GET', 'employees/employees/3'),
			credentials: freshCredentials(sb),
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['3']);
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.path, e.status, e.fault])).toEqual([
			['/api/2026-10-01/resources/employees/employees/3', 503, 'error5xxBeforeApply'],
			['/api/2026-10-01/resources/employees/employees/3', 503, 'error5xxBeforeApply'],
			['/api/2026-10-01/resources/employees/employees/3', 200, null],
		]);
	});

	test('a GET that keeps failing with 5xx gives up after 4 attempts and says so', async () => {
		sb.configure({ faults: { error5xxBeforeApply: 1 } });
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: custom('GET', 'employees/employees/3'),
			credentials: freshCredentials(sb),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.httpCode).toBe('503');
		expect(items[0].json.error).toMatch(/GET employees\/employees\/3 \(503\)/);
		expect(items[0].json.description).toMatch(/Failed after 4 attempts/);
		expect(items[0].json.mayHaveBeenApplied).toBe(false);
		expect(await sandboxLog(sb, before)).toHaveLength(4);
	});

	test('a PUT that keeps failing after it was applied says it may have been applied', async () => {
		sb.configure({ faults: { error5xxAfterApply: 1 } });
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: custom('PUT', 'teams/teams/12', { body: { id: '12', name: 'Applied anyway' } }),
			credentials: freshCredentials(sb),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: expect.objectContaining({ httpCode: '500', mayHaveBeenApplied: true }), pairedItem: { item: 0 } }]);
		expect((await sandboxLog(sb, before)).map((e) => e.fault)).toEqual(Array(4).fill('error5xxAfterApply'));
		expect((await sandboxState(sb, 'teams')).find((t) => t.id === '12').name).toBe('Applied anyway');
	});

	test('a POST rejected with 422 was certainly not applied, and says so', async () => {
		const { items, error } = await runFactorial(sb, {
			parameters: custom('POST', 'teams/teams', { body: { name: '' } }),
			credentials: freshCredentials(sb),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ httpCode: '422', mayHaveBeenApplied: false });
	});

	// Custom API Call: an operation without a check (test/writeCheck.test.js has the checked ones),
	// so what the transport alone does shows.
	const createEmployee = (email) =>
		custom('POST', 'employees/employees/create_with_contract', { body: { company_id: '9001', first_name: 'Rate', last_name: 'Limit 0', email } });

	test('a POST answered 5xx after it was applied is not sent again', async () => {
		sb.configure({ faults: { error5xxAfterApply: 1 } });
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: createEmployee('after-apply-0@example.com'),
			credentials: freshCredentials(sb),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json.httpCode).toBe('500');
		expect(items[0].json.error).toMatch(/POST employees\/employees\/create_with_contract/);
		expect(items[0].json.description).toMatch(/may have applied this request/);
		expect(items[0].json.description).toMatch(/not sent again/);
		expect(items[0].json.mayHaveBeenApplied).toBe(true);
		const posts = (await sandboxLog(sb, before)).filter((e) => e.method === 'POST');
		expect(posts.map((p) => [p.status, p.fault])).toEqual([[500, 'error5xxAfterApply']]);
		const writes = await control(sb, 'GET', 'writes');
		const mine = writes.writes.filter((w) => w.body && w.body.email === 'after-apply-0@example.com');
		expect(mine.map((w) => w.count)).toEqual([1]);
	});

	test('a POST whose connection is reset after apply is not sent again', async () => {
		sb.configure({ faults: { resetAfterApply: 1 } });
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: createEmployee('reset-after-apply-0@example.com'),
			credentials: freshCredentials(sb),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.description).toMatch(/may have applied this request/);
		expect(items[0].json.mayHaveBeenApplied).toBe(true);
		const posts = (await sandboxLog(sb, before)).filter((e) => e.method === 'POST');
		expect(posts.map((p) => p.fault)).toEqual(['resetAfterApply']);
		const employees = await sandboxState(sb, 'employees');
		expect(employees.filter((e) => e.email === 'reset-after-apply-0@example.com')).toHaveLength(1);
		// NodeApiError would swap a message containing ECONNRESET for n8n's generic wording,
		// losing the method and path; the item's error must keep them.
		expect(items[0].json.error).toBe('The connection to Factorial dropped during POST employees/employees/create_with_contract (ECONNRESET)');
		// The host was reached: pointing at the credential's environment would send the user the wrong way.
		expect(items[0].json.description).not.toMatch(/environment|base URL/);
	});

	test('a POST refused at connect (ECONNREFUSED) is retried and succeeds once the server listens', async () => {
		const port = await freePort();
		const probe = await startSandbox({ port: 0 }); // only for credentials/fixtures pointing at `port`
		const fixtures = probe.fixtures;
		await probe.close();
		const credentials = freshCredentials({ url: `http://127.0.0.1:${port}`, fixtures });
		let late;
		// The first attempt meets a closed port; the backoff before the first retry is >= 250 ms.
		const startLate = new Promise((resolve) => setTimeout(resolve, 120)).then(async () => {
			late = await startSandbox({ port });
		});
		const started = Date.now();
		try {
			const run = runFactorial(null, {
				parameters: createEmployees({}),
				items: emailItems('refused', 1),
				credentials,
			});
			const [{ items, error }] = await Promise.all([run, startLate]);
			expect(error).toBeUndefined();
			expect(items[0].json.email).toBe('refused-0@example.com');
			expect(Date.now() - started).toBeGreaterThanOrEqual(250);
			const posts = (await sandboxLog(late)).filter((e) => e.method === 'POST');
			expect(posts.map((p) => p.status)).toEqual([201]);
		} finally {
			await startLate.catch(() => undefined);
			await late?.close();
		}
	});

	test('ECONNREFUSED on every attempt ends in "Could not reach Factorial"', async () => {
		const port = await freePort();
		const { items, error } = await runFactorial(sb, {
			parameters: createEmployees({}),
			items: emailItems('never', 1),
			credentials: freshCredentials({ url: `http://127.0.0.1:${port}`, fixtures: sb.fixtures }),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.description).toMatch(/could not be made, so nothing was sent\. Check the environment or base URL of the credential/);
		expect(items[0].json.description).toMatch(/Failed after 4 attempts/);
		expect(items[0].json.httpCode).toBeUndefined();
		expect(items[0].json.mayHaveBeenApplied).toBe(false);
		// As above for ECONNREFUSED: the message must name Factorial, the method and the path.
		expect(items[0].json.error).toBe('Could not reach Factorial for POST employees/employees/create_with_contract (ECONNREFUSED)');
	});
});
