'use strict';
// What a user sees when Factorial (or a proxy in front of it) answers with an error
// (nodes/shared/transport/errors.ts, failure.ts and the router's error items). A tiny
// node:http server of our own answers chosen statuses and bodies, so every shape is exact.
const http = require('node:http');
const net = require('node:net');
const util = require('node:util');
const { runFactorial } = require('./helpers/factorial');

jest.setTimeout(15_000);

// Distinctive secrets, so a leak anywhere in an error is found by a plain substring search.
const API_KEY = 'sbx-secret-apikey-LEAKCHECK-7f3a9c1e5b';
const OAUTH = {
	clientId: 'errors-test-client',
	clientSecret: 'sbx-secret-client-LEAKCHECK-0d4e8b',
	accessToken: 'sbx-secret-at-LEAKCHECK-91c2f7',
	refreshToken: 'sbx-secret-rt-LEAKCHECK-5a6b3d',
};
const SECRETS = [API_KEY, OAUTH.clientSecret, OAUTH.accessToken, OAUTH.refreshToken];

const HTML_502 =
	'<!DOCTYPE html>\n<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>\n    <center><h1>502 Bad Gateway</h1></center>\n' +
	`    <p>${'The upstream server did not answer in time. '.repeat(20)}</p>\n` +
	'    <p>END-OF-PAGE-MARKER</p>\n  </body>\n</html>\n';

const ENVELOPE_422 = { errors: [{ code: 'validation_failed', message: 'has already been taken', field: 'email' }] };

let server;
let baseUrl;
let requests = [];
/** (req) → { status, headers?, body (string or object) } */
let respond = () => ({ status: 200, body: {} });

beforeAll(async () => {
	server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const entry = { method: req.method, url: req.url, headers: req.headers, body: raw };
			requests.push(entry);
			const { status, headers = {}, body } = respond(entry);
			const text = typeof body === 'string' ? body : JSON.stringify(body);
			res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', ...headers });
			res.end(text);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${server.address().port}`;
});
afterAll(async () => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
	requests = [];
	respond = () => ({ status: 200, body: {} });
});

const apiKeyCredentials = (url = baseUrl) => ({
	factorialApi: { id: 'cred-errors', name: 'errors', data: { environment: 'custom', baseUrl: url, apiVersion: '2026-10-01', apiKey: API_KEY } },
});
const oauthCredentials = () => ({
	factorialOAuth2Api: {
		id: 'cred-errors-oauth',
		name: 'errors oauth',
		data: {
			environment: 'custom',
			baseUrl,
			apiVersion: '2026-10-01',
			clientId: OAUTH.clientId,
			clientSecret: OAUTH.clientSecret,
			oauthTokenData: { access_token: OAUTH.accessToken, refresh_token: OAUTH.refreshToken, token_type: 'Bearer', expires_in: 7200 },
		},
	},
});

const custom = (method, path, { body, options } = {}) => ({
	resource: 'customApiCall',
	operation: 'call',
	method,
	path,
	...(body !== undefined ? { body: JSON.stringify(body) } : {}),
	...(options ? { options } : {}),
});

async function run(parameters, { items, continueOnFail = false, authentication = 'apiKey', credentials } = {}) {
	return await runFactorial(null, {
		parameters,
		items,
		continueOnFail,
		authentication,
		credentials: credentials ?? (authentication === 'apiKey' ? apiKeyCredentials() : oauthCredentials()),
	});
}

/** Every way the error could be shown, stored or logged, as one string. */
function everything(error) {
	return [error?.message, error?.description, JSON.stringify(error), util.inspect(error, { depth: null })].join('\n');
}

describe('error messages', () => {
	test('Factorial envelope: the message names method, path, status, field and message', async () => {
		respond = () => ({ status: 422, body: ENVELOPE_422 });
		const { items, error } = await run(custom('POST', 'employees/employees/create_with_contract', { body: { email: 'a@example.com' } }));
		expect(items).toEqual([]);
		expect(error.message).toBe('Factorial rejected POST employees/employees/create_with_contract (422): email: has already been taken');
		expect(error.description).toBe('Factorial rejected a value.');
		expect(String(error.httpCode)).toBe('422');
		// a 4xx is final: sent once
		expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/2026-10-01/resources/employees/employees/create_with_contract']);
	});

	test('several errors: the first in the message, all of them in the description', async () => {
		respond = () => ({
			status: 422,
			body: {
				errors: [
					{ code: 'validation_failed', message: 'has already been taken', field: 'email' },
					{ code: 'validation_failed', message: "can't be blank", field: 'first_name' },
					{ code: 'invalid_value', field: null },
				],
			},
		});
		const { error } = await run(custom('PUT', 'employees/employees/12', { body: { id: '12' } }));
		expect(error.message).toBe('Factorial rejected PUT employees/employees/12 (422): email: has already been taken');
		expect(error.description).toContain("All errors: email: has already been taken; first_name: can't be blank; invalid_value");
	});

	test('an envelope error without a field has no "null:" prefix', async () => {
		respond = () => ({ status: 404, body: { errors: [{ code: 'missing_resource', message: 'Employee not found', field: null }] } });
		const { error } = await run(custom('GET', 'employees/employees/77'));
		expect(error.message).toBe('Factorial rejected GET employees/employees/77 (404): Employee not found');
	});

	test('{"errors": null} with 404: a message saying there are no details', async () => {
		respond = () => ({ status: 404, body: { errors: null } });
		const { error } = await run(custom('GET', 'employees/employees/99'));
		expect(error.message).toBe('Factorial answered GET employees/employees/99 with 404 and no error details');
		expect(error.description).toBe('Factorial has no such record, or the credential cannot see it.');
		expect(String(error.httpCode)).toBe('404');
		expect(requests).toHaveLength(1);
	});

	test('a non-JSON (HTML) 502: the message says non-JSON, the description holds a short snippet', async () => {
		respond = () => ({ status: 502, body: HTML_502 });
		const { error } = await run(custom('POST', 'timeoff/leaves', { body: { employee_id: '1' } }));
		expect(error.message).toBe('Factorial answered POST timeoff/leaves with 502 and a non-JSON body');
		expect(String(error.httpCode)).toBe('502');
		const snippet = /Body: (.*?…)/.exec(error.description)?.[1];
		expect(snippet).toBeDefined();
		expect(snippet.startsWith('<!DOCTYPE html> <html> <head><title>502 Bad Gateway</title></head>')).toBe(true);
		expect(snippet.length).toBeLessThanOrEqual(301);
		expect(error.description).not.toContain('END-OF-PAGE-MARKER');
		// a POST answered 5xx may have been applied: not sent again, and the user is told so
		expect(error.description).toMatch(/may have applied this request/);
		expect(requests).toHaveLength(1);
	});

	test('a short plain-text 400 body is shown whole', async () => {
		respond = () => ({ status: 400, body: 'Bad Request: malformed JSON' });
		const { error } = await run(custom('POST', 'employees/employees/invite', { body: { id: '1' } }));
		expect(error.message).toBe('Factorial answered POST employees/employees/invite with 400 and a non-JSON body');
		expect(error.description).toBe('Factorial could not read the request. Body: Bad Request: malformed JSON');
	});
});

describe('continueOnFail', () => {
	test('the failed item becomes {json:{error, description, httpCode, mayHaveBeenApplied}} paired to its input; the others succeed', async () => {
		respond = ({ url }) =>
			url.endsWith('/employees/employees/2')
				? { status: 422, body: ENVELOPE_422 }
				: { status: 200, body: { id: url.slice(url.lastIndexOf('/') + 1), first_name: 'Ok' } };
		const items = [{ json: { id: '1' } }, { json: { id: '2' } }, { json: { id: '3' } }];
		const { items: out, error } = await run(custom('GET', '=employees/employees/{{ $json.id }}', { options: { concurrency: 1 } }), {
			items,
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(out).toHaveLength(3);
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toEqual({ id: '1', first_name: 'Ok' });
		expect(out[2].json).toEqual({ id: '3', first_name: 'Ok' });
		expect(out[1].json).toEqual({
			error: 'Factorial rejected GET employees/employees/2 (422): email: has already been taken',
			description: 'Factorial rejected a value.',
			httpCode: '422',
			mayHaveBeenApplied: false,
		});
	});

	test('without a description the error item has only error, httpCode and mayHaveBeenApplied', async () => {
		// 418 has no status hint, and {"errors": null} gives no details: no description at all.
		respond = () => ({ status: 418, body: { errors: null } });
		const { items } = await run(custom('GET', 'employees/employees/5'), { continueOnFail: true });
		expect(items).toEqual([
			{ json: { error: 'Factorial answered GET employees/employees/5 with 418 and no error details', httpCode: '418', mayHaveBeenApplied: false }, pairedItem: { item: 0 } },
		]);
	});
});

describe('no secret in errors', () => {
	const closedPort = async () =>
		await new Promise((resolve) => {
			const s = net.createServer();
			s.listen(0, '127.0.0.1', () => {
				const { port } = s.address();
				s.close(() => resolve(port));
			});
		});

	// Servers that echo the credential back in a response header: a node that dumped response
	// headers or the request config into its error would leak it.
	const echo = (status, body) => (req) => ({
		status,
		body,
		headers: { 'x-echo-api-key': req.headers['x-api-key'] ?? '', 'x-echo-authorization': req.headers.authorization ?? '' },
	});

	test.each([
		['422 envelope', 'POST', echo(422, ENVELOPE_422)],
		['404 {"errors": null}', 'GET', echo(404, { errors: null })],
		['502 HTML', 'POST', echo(502, HTML_502)],
		['401 unauthorized', 'GET', echo(401, { errors: [{ code: 'unauthorized', message: 'Invalid API key', field: null }] })],
		['429 beyond the maximum wait', 'POST', (req) => ({ ...echo(429, { errors: [{ code: 'rate_limited', message: 'slow down' }] })(req), headers: { 'retry-after': '5', 'x-echo-api-key': req.headers['x-api-key'] } })],
	])('API key: %s', async (_name, method, responder) => {
		respond = responder;
		const parameters = custom(method, 'employees/employees/create_with_contract', {
			...(method === 'POST' ? { body: { email: 'leak@example.com' } } : {}),
			options: { maxRateLimitWaitSeconds: 0 },
		});
		// the key really was sent, so the checks below are not vacuous
		const thrown = await run(parameters);
		expect(requests[0].headers['x-api-key']).toBe(API_KEY);
		expect(thrown.error).toBeDefined();
		expect(everything(thrown.error)).not.toContain(API_KEY);
		expect(JSON.stringify(thrown.run.data.resultData)).not.toContain(API_KEY);

		const caught = await run(parameters, { continueOnFail: true });
		expect(caught.items).toHaveLength(1);
		expect(caught.items[0].json.error).toEqual(expect.any(String));
		expect(JSON.stringify(caught.items)).not.toContain(API_KEY);
	});

	test('API key: connection refused', async () => {
		const credentials = apiKeyCredentials(`http://127.0.0.1:${await closedPort()}`);
		const caught = await run(custom('GET', 'employees/employees/1'), { continueOnFail: true, credentials });
		expect(caught.items[0].json.error).toEqual(expect.any(String));
		expect(caught.items[0].json.httpCode).toBeUndefined();
		expect(JSON.stringify(caught.items)).not.toContain(API_KEY);
		expect(JSON.stringify(caught.run.data.resultData)).not.toContain(API_KEY);
	});

	test('OAuth2: neither the tokens nor the client secret appear when the API and the refresh fail', async () => {
		respond = (req) =>
			req.url === '/oauth/token'
				? { status: 400, body: { error: 'invalid_grant', error_description: 'The refresh token is invalid' } }
				: echo(401, { errors: [{ code: 'unauthorized', message: 'The access token expired', field: null }] })(req);
		const thrown = await run(custom('GET', 'employees/employees/1'), { authentication: 'oAuth2' });
		// the bearer token and the refresh (with the client secret in the body) really were sent
		expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/2026-10-01/resources/employees/employees/1', 'POST /oauth/token']);
		expect(requests[0].headers.authorization).toBe(`Bearer ${OAUTH.accessToken}`);
		expect(requests[1].body).toContain(OAUTH.refreshToken);
		expect(thrown.error).toBeDefined();
		for (const secret of SECRETS) expect(everything(thrown.error)).not.toContain(secret);

		const caught = await run(custom('GET', 'employees/employees/1'), { authentication: 'oAuth2', continueOnFail: true });
		expect(caught.items).toHaveLength(1);
		for (const secret of SECRETS) expect(JSON.stringify(caught.items)).not.toContain(secret);
	});

	test('OAuth2: a 403 answered to a valid token does not show the token', async () => {
		respond = echo(403, { errors: [{ code: 'forbidden', message: 'Missing scope employees', field: null }] });
		const caught = await run(custom('GET', 'employees/employees/1'), { authentication: 'oAuth2', continueOnFail: true });
		expect(requests[0].headers.authorization).toBe(`Bearer ${OAUTH.accessToken}`);
		expect(caught.items[0].json).toEqual({
			error: 'Factorial rejected GET employees/employees/1 (403): Missing scope employees',
			description: 'The credential is valid but lacks the permission or OAuth scope for this request.',
			httpCode: '403',
			mayHaveBeenApplied: false,
		});
		for (const secret of SECRETS) expect(JSON.stringify(caught.items)).not.toContain(secret);
	});
});
