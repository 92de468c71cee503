'use strict';
// A Factorial host that misbehaves: redirects to another host, never answers, or pages forever.
// The API host is a scripted local server (test/helpers/scripted-server.js); a second local server
// plays the other host and records whether anything at all reached it.
const net = require('node:net');
const { runFactorial, credentialsFor, rl, useSandbox, storeBinary } = require('./helpers/factorial');
const { startScriptedServer } = require('./helpers/scripted-server');

jest.setTimeout(30_000);

let sb;
useSandbox((started) => (sb = started)); // only for its credential fixtures

let api;
let other;
beforeAll(async () => {
	api = await startScriptedServer();
	other = await startScriptedServer(() => ({ status: 200, body: { data: [{ id: 'from-the-other-host' }] } }));
});
afterAll(async () => {
	await api.close();
	await other.close();
});
beforeEach(() => {
	api.requests.length = 0;
	other.requests.length = 0;
});

// The node's POST limiter is keyed by credential id: a fresh id per run keeps tests independent.
let counter = 0;
function credentials(authentication, url = api.url) {
	const all = credentialsFor({ url, fixtures: sb.fixtures }, authentication);
	for (const entry of Object.values(all)) entry.id = `cred-hostile-${++counter}`;
	return all;
}

async function run(parameters, { authentication = 'apiKey', url, items } = {}) {
	const started = Date.now();
	const result = await runFactorial(null, {
		parameters,
		authentication,
		credentials: credentials(authentication, url),
		continueOnFail: true,
		items,
	});
	expect(result.error).toBeUndefined();
	return { ...result, ms: Date.now() - started };
}

const V = '/api/2026-10-01/resources';
const employeeGet = { resource: 'employee', operation: 'get', employeeId: rl('3') };
const teamCreate = { resource: 'team', operation: 'create', name: 'Redirected', companyId: rl('9001') };

describe('redirects are never followed', () => {
	const redirectTo = (status) => () => ({ status, headers: { location: `${other.url}/api/2026-10-01/resources/employees/employees/3?token=abc` }, body: '' });

	test.each(['apiKey', 'oAuth2', 'companyOAuth2'].flatMap((auth) => [301, 302, 303, 307, 308].map((status) => [auth, status])))(
		'%s: a GET answered %i becomes an error item naming the status and the other host; nothing reaches that host',
		async (authentication, status) => {
			api.setHandler(redirectTo(status));
			const { items } = await run(employeeGet, { authentication });
			expect(api.requests).toHaveLength(1);
			expect(other.requests).toHaveLength(0);
			expect(items).toHaveLength(1);
			const { json } = items[0];
			expect(json.error).toBe(`Factorial answered GET employees/employees/3 with a redirect (${status}) to ${other.host}, which the node does not follow`);
			expect(json.error).not.toContain('token=abc');
			expect(json.httpCode).toBe(String(status));
			expect(json.mayHaveBeenApplied).toBe(false);
			expect(json.id).toBeUndefined();
		},
	);

	test.each([307, 308])('a POST answered %i is not sent again, body and key stay on the API host', async (status) => {
		api.setHandler(redirectTo(status));
		const { items } = await run(teamCreate);
		expect(api.requests.map((r) => r.method)).toEqual(['POST']);
		expect(other.requests).toHaveLength(0);
		expect(items[0].json.error).toContain(`with a redirect (${status}) to ${other.host}`);
	});

	test('a relative Location is refused too, and said to be on the same host', async () => {
		api.setHandler(() => ({ status: 302, headers: { location: '/elsewhere' } }));
		const { items } = await run(employeeGet);
		expect(api.requests).toHaveLength(1);
		expect(items[0].json.error).toContain(`with a redirect (302) to the same host (${api.host})`);
	});

	test('Document Download: the API call that hands out download URLs is not followed either', async () => {
		api.setHandler(redirectTo(307));
		const { items } = await run({ resource: 'document', operation: 'download', documentIds: '7', binaryPropertyName: 'data' });
		expect(api.requests.map((r) => [r.method, r.path])).toEqual([['POST', `${V}/documents/download_urls/bulk_create`]]);
		expect(other.requests).toHaveLength(0);
		expect(items[0].json.error).toContain(`redirect (307) to ${other.host}`);
	});

	test('Document Download: the document record read is not followed either', async () => {
		api.setHandler((request) =>
			request.method === 'POST'
				? { status: 201, body: { data: [{ id: 7, url: `${other.url}/file` }] } }
				: { status: 302, headers: { location: `${other.url}/record` } },
		);
		const { items } = await run({ resource: 'document', operation: 'download', documentIds: '7', binaryPropertyName: 'data' });
		expect(api.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
		expect(other.requests).toHaveLength(0);
		expect(items[0].json.error).toContain(`GET documents/documents/7 with a redirect (302) to ${other.host}`);
	});
});

/** A TCP server that accepts connections and never says a word. */
async function startSilentServer() {
	const sockets = new Set();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		connections: () => sockets.size,
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(resolve);
			}),
	};
}

describe('timeouts', () => {
	test('the editor\'s defaults are the transport\'s: 60 s, 300 s for files', () => {
		const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
		const { DEFAULT_TRANSPORT } = require('../dist/nodes/shared/transport/request');
		const options = new Factorial().description.properties.find((p) => p.name === 'options').options;
		const byName = Object.fromEntries(options.map((o) => [o.name, o.default]));
		expect([byName.timeoutSeconds * 1000, byName.fileTimeoutSeconds * 1000]).toEqual([DEFAULT_TRANSPORT.timeoutMs, DEFAULT_TRANSPORT.fileTimeoutMs]);
		expect([byName.timeoutSeconds, byName.fileTimeoutSeconds]).toEqual([60, 300]);
	});

	let silent;
	beforeAll(async () => {
		silent = await startSilentServer();
	});
	afterAll(async () => silent.close());

	test('a read that gets no answer fails after the timeout, once, and says so', async () => {
		const { items, ms } = await run({ ...employeeGet, options: { timeoutSeconds: 0.5 } }, { url: silent.url });
		expect(items[0].json.error).toBe('The request to Factorial timed out after 0.5 s: GET employees/employees/3 got no answer in time (ECONNABORTED)');
		expect(items[0].json.description).toMatch(/Raise Timeout in the node options/);
		expect(items[0].json.mayHaveBeenApplied).toBe(false);
		// Not retried: the timeout is the longest an item waits.
		expect(ms).toBeLessThan(3000);
	});

	test.each(['apiKey', 'oAuth2'])('%s: a write that gets no answer is reported as possibly applied', async (authentication) => {
		const { items } = await run({ ...teamCreate, options: { timeoutSeconds: 0.5 } }, { url: silent.url, authentication });
		expect(items[0].json.error).toMatch(/^The request to Factorial timed out after 0\.5 s: POST teams\/teams/);
		expect(items[0].json.mayHaveBeenApplied).toBe(true);
		expect(items[0].json.description).toMatch(/may have applied this request/);
	});

	test('an upload uses the file timeout', async () => {
		const file = await storeBinary(Buffer.from('hello'), { fileName: 'a.txt', mimeType: 'text/plain' });
		const { items, ms } = await run(
			{
				resource: 'document',
				operation: 'upload',
				binaryPropertyName: 'data',
				space: 'company_internal',
				authorId: rl('100021'),
				public: false,
				isPendingAssignment: false,
				requestEsignature: false,
				companyId: rl('9001'),
				// 1 s for JSON requests: the check that reads Factorial after the unanswered upload is one.
				options: { timeoutSeconds: 1, fileTimeoutSeconds: 0.5 },
			},
			{ url: silent.url, items: [{ json: {}, binary: { data: file } }] },
		);
		expect(items[0].json.error).toMatch(/^The request to Factorial timed out after 0\.5 s: POST documents\/documents/);
		expect(items[0].json.mayHaveBeenApplied).toBe(true);
		expect(ms).toBeLessThan(3000);
	});

	test('a download URL that never answers fails after the file timeout', async () => {
		api.setHandler((request) =>
			request.method === 'POST'
				? { status: 201, body: { data: [{ id: 7, url: `${silent.url}/file` }] } }
				: { status: 200, body: { data: { id: 7, filename: 'a.txt' } } },
		);
		const { items, ms } = await run({ resource: 'document', operation: 'download', documentIds: '7', binaryPropertyName: 'data', options: { fileTimeoutSeconds: 0.5 } });
		expect(items[0].json.error).toMatch(/^The request to Factorial timed out after 0\.5 s: GET the file of document 7/);
		expect(ms).toBeLessThan(3000);
	});
});

describe('connection failures are told apart', () => {
	test('a host that does not resolve says to check the environment or base URL, and that nothing was sent', async () => {
		const { items } = await run(teamCreate, { url: 'http://factorial-host.invalid' });
		expect(items[0].json.error).toMatch(/^Could not reach Factorial for POST teams\/teams \((ENOTFOUND|EAI_AGAIN)\)$/);
		expect(items[0].json.description).toMatch(/nothing was sent\. Check the environment or base URL of the credential/);
		expect(items[0].json.mayHaveBeenApplied).toBe(false);
	});

	test('a connection reset mid-request does not send the user to the credential\'s base URL', async () => {
		api.setHandler(() => 'reset');
		const { items } = await run(teamCreate);
		expect(items[0].json.error).toMatch(/^The connection to Factorial dropped during POST teams\/teams/);
		expect(items[0].json.description).not.toMatch(/environment|base URL/);
		expect(items[0].json.description).toMatch(/may have applied this request/);
		expect(items[0].json.mayHaveBeenApplied).toBe(true);
	});
});

describe('paging is bounded', () => {
	const list = { resource: 'employee', operation: 'getAll', returnAll: true };
	const page = (ids, meta) => ({ status: 200, body: { data: ids.map((id) => ({ id: String(id) })), meta } });

	test('a cursor handed out again (A, B, A) stops with an error instead of looping', async () => {
		const cursors = ['A', 'B', 'A', 'B'];
		api.setHandler((request) => {
			const n = api.requests.length;
			return n > 10 ? page([], { has_next_page: false }) : page([n], { has_next_page: true, end_cursor: cursors[(n - 1) % 4] });
		});
		const { items } = await run(list);
		expect(api.requests).toHaveLength(3);
		expect(items).toHaveLength(1);
		expect(items[0].json.error).toBe('Factorial handed out the same page cursor twice while listing GET employees/employees (page 3); stopped reading');
	});

	test('an empty page that claims more pages stops with an error', async () => {
		api.setHandler(() => page([], { has_next_page: true, end_cursor: `c${api.requests.length}` }));
		const { items } = await run(list);
		expect(api.requests).toHaveLength(1);
		expect(items[0].json.error).toBe('Factorial answered page 1 of GET employees/employees with no records but said more pages follow; stopped reading');
	});

	test('a next page without a cursor stops with an error', async () => {
		api.setHandler(() => page([1], { has_next_page: true, end_cursor: null }));
		const { items } = await run(list);
		expect(items[0].json.error).toMatch(/has a next page but gave no cursor/);
	});

	// Through n8n-core each page costs about 3 ms here, so 10,000 pages would take half a minute: the
	// bound is checked on the transport itself, with n8n's request helper answered in memory.
	test('endless fresh cursors stop after 10,000 pages, and the error says so', async () => {
		const { paginate, MAX_PAGES } = require('../dist/nodes/shared/transport/paginate');
		const { DEFAULT_TRANSPORT } = require('../dist/nodes/shared/transport/request');
		let calls = 0;
		const context = {
			getNode: () => ({ name: 'Factorial', parameters: { authentication: 'apiKey' }, credentials: {} }),
			getCredentials: async () => ({ environment: 'custom', baseUrl: 'http://127.0.0.1:9', apiKey: 'k' }),
			helpers: {
				httpRequestWithAuthentication: async () => {
					calls++;
					// A list that would end after 20,000 pages, so a missing bound fails fast too.
					return { data: [{ id: String(calls) }], meta: { has_next_page: calls < 20_000, end_cursor: `c${calls}` } };
				},
			},
		};
		const started = Date.now();
		const error = await paginate(context, { method: 'GET', path: 'employees/employees' }, { returnAll: true, limit: 0 }, { ...DEFAULT_TRANSPORT, itemIndex: 2 }).then(
			() => undefined,
			(e) => e,
		);
		expect(MAX_PAGES).toBe(10_000);
		expect(calls).toBe(10_000);
		expect(error).toBeDefined();
		expect(error.message).toBe('Stopped reading GET employees/employees after 10,000 pages (10,000 records): the node reads at most 10,000 pages of one list');
		expect(error.context.itemIndex).toBe(2);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});
