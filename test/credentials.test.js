'use strict';
// The three credential types (credentials/*.ts, built to dist/): their properties, the API key's
// `authenticate`, the credential test request, the OAuth2 URLs per environment, and OAuth2 use by
// the node: refresh through the sandbox's /oauth/token with rotated refresh tokens written back.
const http = require('node:http');
const { startSandbox } = require('./sandbox');
const { resolveCredentialProperties, buildOAuth2AuthorizeUrl } = require('./helpers/n8n-harness');
const {
	credentialClasses,
	credentialsFor,
	runFactorial,
	sandboxLog,
	lastSeq,
	control,
	testCredential,
} = require('./helpers/factorial');
const { FactorialApi } = require('../dist/credentials/FactorialApi.credentials.js');
const { FactorialOAuth2Api } = require('../dist/credentials/FactorialOAuth2Api.credentials.js');
const { FactorialCompanyOAuth2Api } = require('../dist/credentials/FactorialCompanyOAuth2Api.credentials.js');

jest.setTimeout(15_000);

const PRODUCTION = 'https://api.factorialhr.com';
const DEMO = 'https://api.eu2.demo.factorial.dev';

const getEmployee = (id = '1') => ({ resource: 'customApiCall', operation: 'call', method: 'GET', path: `employees/employees/${id}` });

const byName = (properties) => Object.fromEntries(properties.map((p) => [p.name, p]));

let sb;
beforeAll(async () => {
	sb = await startSandbox({ port: 0 });
});
afterAll(async () => sb.close());

describe('credential properties', () => {
	const environmentChecks = (properties) => {
		const p = byName(properties);
		expect(p.environment.type).toBe('options');
		expect(p.environment.default).toBe('production');
		expect(p.environment.options.map((o) => o.value)).toEqual(['production', 'demo', 'custom']);
		expect(p.environment.options.find((o) => o.value === 'production').description).toContain(PRODUCTION);
		expect(p.environment.options.find((o) => o.value === 'demo').description).toContain(DEMO);
		expect(p.baseUrl.type).toBe('string');
		expect(p.baseUrl.displayOptions).toEqual({ show: { environment: ['custom'] } });
		expect(p.apiVersion.default).toBe('2026-10-01');
	};

	test('Factorial API: names, environment, custom-only base URL, API version, password API key', () => {
		const cred = new FactorialApi();
		expect(cred.name).toBe('factorialApi');
		expect(cred.extends).toBeUndefined();
		expect(cred.properties.map((p) => p.name)).toEqual(['notice', 'environment', 'baseUrl', 'apiVersion', 'apiKey']);
		environmentChecks(cred.properties);
		const { apiKey } = byName(cred.properties);
		expect(apiKey.type).toBe('string');
		expect(apiKey.typeOptions).toEqual({ password: true });
		expect(apiKey.required).toBe(true);
		// the bare key in x-api-key, no "Bearer"
		expect(cred.authenticate).toEqual({ type: 'generic', properties: { headers: { 'x-api-key': '={{$credentials.apiKey}}' } } });
		expect(cred.test.request.method).toBe('GET');
		expect(cred.test.request.url).toBe('=/api/{{$credentials.apiVersion}}/resources/api_public/credentials');
	});

	test.each([
		['factorialOAuth2Api', FactorialOAuth2Api, ''],
		['factorialCompanyOAuth2Api', FactorialCompanyOAuth2Api, 'resource_owner_type=company'],
	])('%s: extends oAuth2Api with hidden Factorial URLs and body authentication', (name, Cls, authQuery) => {
		const cred = new Cls();
		expect(cred.name).toBe(name);
		expect(cred.extends).toEqual(['oAuth2Api']);
		expect(cred.properties.map((p) => p.name)).toEqual([
			'notice',
			'environment',
			'baseUrl',
			'apiVersion',
			'grantType',
			'authUrl',
			'accessTokenUrl',
			'scope',
			'authQueryParameters',
			'authentication',
		]);
		environmentChecks(cred.properties);
		const p = byName(cred.properties);
		for (const hidden of ['grantType', 'authUrl', 'accessTokenUrl', 'authQueryParameters', 'authentication']) {
			expect(p[hidden].type).toBe('hidden');
		}
		expect(p.grantType.default).toBe('authorizationCode');
		expect(p.authentication.default).toBe('body');
		expect(p.authQueryParameters.default).toBe(authQuery);
		expect(p.scope.type).toBe('string');
		expect(cred.test.request.url).toBe('=/api/{{$credentials.apiVersion}}/resources/api_public/credentials');
	});
});

describe('API key', () => {
	test('the node sends the bare key in x-api-key (sandbox sees an api_key principal)', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, { parameters: getEmployee('1') });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('1');
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.status, e.auth.kind, e.auth.credentialId])).toEqual([[200, 'api_key', 'apikey-1']]);
	});

	test('headers on the wire: x-api-key is exactly the key, no Authorization header', async () => {
		const seen = [];
		const server = http.createServer((req, res) => {
			seen.push({ url: req.url, headers: req.headers });
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ id: '1' }));
		});
		await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${server.address().port}`;
		try {
			const credentials = credentialsFor({ url, fixtures: sb.fixtures }, 'apiKey');
			const { error } = await runFactorial(null, { parameters: getEmployee('1'), credentials });
			expect(error).toBeUndefined();
			const tested = await testCredential({ credentialClasses, type: 'factorialApi', data: credentials.factorialApi.data });
			expect(tested.status).toBe('OK');
		} finally {
			server.close();
		}
		expect(seen.map((s) => s.url)).toEqual([
			'/api/2026-10-01/resources/employees/employees/1',
			'/api/2026-10-01/resources/api_public/credentials',
		]);
		for (const { headers } of seen) {
			expect(headers['x-api-key']).toBe(sb.fixtures.apiKey);
			expect(headers.authorization).toBeUndefined();
		}
	});
});

describe('credential test', () => {
	test('OK with the sandbox key, hitting /api/<version>/resources/api_public/credentials', async () => {
		const before = await lastSeq(sb);
		const data = credentialsFor(sb, 'apiKey', { apiVersion: '2025-10-01', baseUrl: `${sb.url}/` }).factorialApi.data;
		const result = await testCredential({ credentialClasses, type: 'factorialApi', data });
		expect(result.status).toBe('OK');
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.method, e.path, e.status, e.auth.kind])).toEqual([
			['GET', '/api/2025-10-01/resources/api_public/credentials', 200, 'api_key'],
		]);
	});

	test('the API version defaults to 2026-10-01 when the stored credential has none', async () => {
		const before = await lastSeq(sb);
		const { apiVersion, ...data } = credentialsFor(sb, 'apiKey').factorialApi.data;
		const result = await testCredential({ credentialClasses, type: 'factorialApi', data });
		expect(result.status).toBe('OK');
		expect((await sandboxLog(sb, before)).map((e) => e.path)).toEqual(['/api/2026-10-01/resources/api_public/credentials']);
	});

	test('Error with a wrong key', async () => {
		const before = await lastSeq(sb);
		const data = credentialsFor(sb, 'apiKey', { apiKey: 'sbx-wrong-key' }).factorialApi.data;
		const result = await testCredential({ credentialClasses, type: 'factorialApi', data });
		expect(result).toEqual({ status: 'Error', message: 'Unauthorized' });
		// n8n's httpRequestWithAuthentication sends a request answered 401 once more (after
		// preAuthentication), so the sandbox may see it twice; every attempt is the refused test call.
		const log = await sandboxLog(sb, before);
		expect(log.length).toBeGreaterThanOrEqual(1);
		for (const e of log) expect([e.path, e.status, e.auth.kind]).toEqual(['/api/2026-10-01/resources/api_public/credentials', 401, 'none']);
	});

	test.each([
		['oAuth2', 'factorialOAuth2Api', 'user'],
		['companyOAuth2', 'factorialCompanyOAuth2Api', 'company'],
	])('OK for the %s credential with a bearer token', async (authentication, type, kind) => {
		const before = await lastSeq(sb);
		const data = credentialsFor(sb, authentication)[type].data;
		const result = await testCredential({ credentialClasses, type, data });
		expect(result.status).toBe('OK');
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.path, e.status, e.auth.kind])).toEqual([['/api/2026-10-01/resources/api_public/credentials', 200, kind]]);
	});
});

describe('OAuth2 URLs', () => {
	const resolve = (type, data) =>
		resolveCredentialProperties({ credentialClasses, type, data: { clientId: 'cid', clientSecret: 'csecret', ...data } });

	test.each(['factorialOAuth2Api', 'factorialCompanyOAuth2Api'])('%s: authorize and token URLs per environment', (type) => {
		const cases = [
			[{}, PRODUCTION],
			[{ environment: 'production' }, PRODUCTION],
			[{ environment: 'demo' }, DEMO],
			[{ environment: 'custom', baseUrl: 'http://127.0.0.1:4010//' }, 'http://127.0.0.1:4010'],
			[{ environment: 'custom', baseUrl: 'https://api.demo.factorial.dev/' }, 'https://api.demo.factorial.dev'],
		];
		for (const [data, base] of cases) {
			const resolved = resolve(type, data);
			expect({ authUrl: resolved.authUrl, accessTokenUrl: resolved.accessTokenUrl }).toEqual({
				authUrl: `${base}/oauth/authorize`,
				accessTokenUrl: `${base}/oauth/token`,
			});
			expect(resolved.authentication).toBe('body');
			expect(resolved.grantType).toBe('authorizationCode');
		}
	});

	test('a stored authUrl cannot redirect the flow elsewhere', () => {
		const resolved = resolve('factorialOAuth2Api', { environment: 'demo', authUrl: 'https://evil.example/oauth/authorize' });
		expect(resolved.authUrl).toBe(`${DEMO}/oauth/authorize`);
	});

	test('only the company credential asks for resource_owner_type=company', () => {
		const user = new URL(buildOAuth2AuthorizeUrl(resolve('factorialOAuth2Api', {})));
		const company = new URL(buildOAuth2AuthorizeUrl(resolve('factorialCompanyOAuth2Api', {})));
		expect(`${user.origin}${user.pathname}`).toBe(`${PRODUCTION}/oauth/authorize`);
		expect(`${company.origin}${company.pathname}`).toBe(`${PRODUCTION}/oauth/authorize`);
		expect(user.searchParams.has('resource_owner_type')).toBe(false);
		expect(company.searchParams.get('resource_owner_type')).toBe('company');
		for (const url of [user, company]) {
			expect(url.searchParams.get('client_id')).toBe('cid');
			expect(url.searchParams.get('response_type')).toBe('code');
			expect(url.searchParams.has('client_secret')).toBe(false);
		}
	});

	test('company authorize against the sandbox issues a company token that the node can use', async () => {
		const { oauth } = sb.fixtures;
		const resolved = resolve('factorialCompanyOAuth2Api', {
			environment: 'custom',
			baseUrl: sb.url,
			clientId: oauth.clientId,
			clientSecret: oauth.clientSecret,
		});
		const redirectUri = oauth.redirectUris[0];
		const authorize = await fetch(buildOAuth2AuthorizeUrl(resolved, { redirectUri, state: 'st-1' }), { redirect: 'manual' });
		expect(authorize.status).toBe(302);
		const callback = new URL(authorize.headers.get('location'));
		expect(callback.searchParams.get('state')).toBe('st-1');
		const { authorizeRequests } = await control(sb, 'GET', 'oauth');
		expect(authorizeRequests.at(-1).query.resource_owner_type).toBe('company');

		// The token exchange n8n makes for authentication "body": client id and secret in the form.
		const tokenResponse = await fetch(resolved.accessTokenUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				grant_type: 'authorization_code',
				code: callback.searchParams.get('code'),
				redirect_uri: redirectUri,
				client_id: oauth.clientId,
				client_secret: oauth.clientSecret,
			}),
		});
		expect(tokenResponse.status).toBe(200);
		const token = await tokenResponse.json();
		expect(token.expires_in).toBeUndefined(); // company tokens do not expire

		const before = await lastSeq(sb);
		const credentials = credentialsFor(sb, 'companyOAuth2', { oauthTokenData: token });
		const { items, error } = await runFactorial(sb, { authentication: 'companyOAuth2', parameters: getEmployee('2'), credentials });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('2');
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.status, e.auth.kind])).toEqual([[200, 'company']]);
		expect(log[0].auth.credentialId).not.toBe(sb.fixtures.credentialIds.companyToken);
	});
});

describe('OAuth2 in the node', () => {
	test('user token: expiry → refresh via /oauth/token → success; the rotated refresh token is stored and works again', async () => {
		const start = await control(sb, 'GET', 'stats');
		const original = credentialsFor(sb, 'oAuth2');
		const originalToken = original.factorialOAuth2Api.data.oauthTokenData;

		// 1st expiry: the node's request gets 401, n8n refreshes, the request is sent again.
		expect((await control(sb, 'POST', 'expire-tokens')).expired).toBeGreaterThan(0);
		let before = await lastSeq(sb);
		const first = await runFactorial(sb, { authentication: 'oAuth2', parameters: getEmployee('1'), credentials: original });
		expect(first.error).toBeUndefined();
		expect(first.items[0].json.id).toBe('1');
		let log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.method, e.path, e.status])).toEqual([
			['GET', '/api/2026-10-01/resources/employees/employees/1', 401],
			['POST', '/oauth/token', 200],
			['GET', '/api/2026-10-01/resources/employees/employees/1', 200],
		]);
		expect(log[2].auth.kind).toBe('user');
		// authentication "body": the client authenticates in the form body
		expect(log[1].body).toMatchObject({
			grant_type: 'refresh_token',
			refresh_token: originalToken.refresh_token,
			client_id: sb.fixtures.oauth.clientId,
			client_secret: sb.fixtures.oauth.clientSecret,
		});

		const stored = first.credentialsStore.factorialOAuth2Api.data.oauthTokenData;
		expect(stored.refresh_token).toMatch(/^sbx-secret-rt-/);
		expect(stored.refresh_token).not.toBe(originalToken.refresh_token);
		expect(stored.access_token).not.toBe(originalToken.access_token);

		// 2nd expiry: the stored credential (rotated refresh token) refreshes again.
		await control(sb, 'POST', 'expire-tokens');
		before = await lastSeq(sb);
		const second = await runFactorial(sb, { authentication: 'oAuth2', parameters: getEmployee('1'), credentials: first.credentialsStore });
		expect(second.error).toBeUndefined();
		expect(second.items[0].json.id).toBe('1');
		log = await sandboxLog(sb, before);
		expect(log.map((e) => e.status)).toEqual([401, 200, 200]);
		expect(log[1].body.refresh_token).toBe(stored.refresh_token);
		const storedAgain = second.credentialsStore.factorialOAuth2Api.data.oauthTokenData;
		expect(storedAgain.refresh_token).not.toBe(stored.refresh_token);

		const end = await control(sb, 'GET', 'stats');
		expect(end.refreshes.ok - start.refreshes.ok).toBe(2);
		expect(end.refreshes.rejected - start.refreshes.rejected).toBe(0);

		// Control: the original credential's refresh token was used up, so without the write-back the
		// second run would have failed.
		await control(sb, 'POST', 'expire-tokens');
		const stale = await runFactorial(sb, { authentication: 'oAuth2', parameters: getEmployee('1'), credentials: original });
		expect(stale.error).toBeDefined();
		expect(stale.error.message).toMatch(/needs to be reconnected/);
		expect((await control(sb, 'GET', 'stats')).refreshes.rejected - start.refreshes.rejected).toBe(1);
	});

	test('company token (fixture) works and is seen as a company principal', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, { authentication: 'companyOAuth2', parameters: getEmployee('3') });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('3');
		const log = await sandboxLog(sb, before);
		expect(log.map((e) => [e.status, e.auth.kind, e.auth.credentialId])).toEqual([
			[200, 'company', sb.fixtures.credentialIds.companyToken],
		]);
	});
});
