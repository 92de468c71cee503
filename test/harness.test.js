'use strict';
// Proves the in-process n8n harness against fixture node/credentials and a throwaway server.
const {
	runNode,
	testCredential,
	resolveCredentialProperties,
	buildOAuth2AuthorizeUrl,
	runListSearch,
	runLoadOptions,
} = require('./helpers/n8n-harness');
const { HarnessTest } = require('./helpers/fixtures/HarnessTest.node');
const { HarnessApiKeyApi } = require('./helpers/fixtures/HarnessApiKeyApi.credentials');
const { HarnessOAuth2Api } = require('./helpers/fixtures/HarnessOAuth2Api.credentials');
const { startTestServer } = require('./helpers/fixtures/test-server');

const credentialClasses = [HarnessApiKeyApi, HarnessOAuth2Api];
let srv;

beforeAll(async () => {
	srv = await startTestServer();
});
afterAll(async () => {
	await srv.close();
});
beforeEach(() => {
	srv.requests.length = 0;
	srv.tokenRequests.length = 0;
});

const apiKeyCredentials = (apiKey) => ({
	harnessApiKeyApi: { id: 'c-key', name: 'Key', data: { baseUrl: srv.url, apiKey: apiKey ?? srv.apiKey } },
});
const oauthCredentials = (oauthTokenData) => ({
	harnessOAuth2Api: {
		id: 'c-oauth',
		name: 'OAuth',
		data: { baseUrl: srv.url, clientId: srv.clientId, clientSecret: srv.clientSecret, oauthTokenData },
	},
});

describe('runNode', () => {
	test('API-key request is authenticated by the credential`s generic authenticate block', async () => {
		const result = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { path: '=/things?tag={{ $json.tag }}' },
			credentials: apiKeyCredentials(),
			items: [{ json: { tag: 'a' } }, { json: { tag: 'b' } }],
		});
		expect(result.error).toBeUndefined();
		expect(srv.requests.map((r) => [r.path, r.query.tag, r.headers['x-api-key']])).toEqual([
			['/things', 'a', srv.apiKey],
			['/things', 'b', srv.apiKey],
		]);
		expect(result.items.map((i) => i.json.auth)).toEqual(['apiKey', 'apiKey', 'apiKey', 'apiKey']);
	});

	test('pairedItem set by the node survives n8n`s output processing', async () => {
		const { items } = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { path: '=/things?tag={{ $json.tag }}' },
			credentials: apiKeyCredentials(),
			items: [{ json: { tag: 'a' } }, { json: { tag: 'b' } }],
		});
		// 2 inputs -> 4 outputs, so n8n cannot have guessed these itself.
		expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['a-1', { item: 0 }],
			['a-2', { item: 0 }],
			['b-1', { item: 1 }],
			['b-2', { item: 1 }],
		]);
	});

	test('a failing request surfaces as the node error (NodeApiError) when continueOnFail is off', async () => {
		const result = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { path: '/fail' },
			credentials: apiKeyCredentials(),
		});
		expect(result.items).toEqual([]);
		expect(result.error).toBeDefined();
		expect(result.error.name).toBe('NodeApiError');
		expect(result.error.httpCode).toBe('500');
	});

	test('continueOnFail turns failures into error items, paired to their input', async () => {
		const result = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { path: '={{ $json.path }}' },
			credentials: apiKeyCredentials(),
			continueOnFail: true,
			items: [{ json: { path: '/fail' } }, { json: { path: '/things' } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0]).toEqual({ json: { error: expect.any(String) }, pairedItem: { item: 0 } });
		expect(result.items.slice(1).map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 1 }]);
	});

	test('wrong API key: the 401 is an error, not a silent empty result', async () => {
		const result = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			credentials: apiKeyCredentials('wrong'),
		});
		expect(result.error?.httpCode).toBe('401');
	});

	test('sleep from n8n-workflow really waits', async () => {
		const started = Date.now();
		await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { delayMs: 150 },
			credentials: apiKeyCredentials(),
			items: [{ json: {} }, { json: {} }, { json: {} }],
		});
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		const [a, b, c] = srv.requests.map((r) => r.at);
		expect(b - a).toBeGreaterThanOrEqual(140);
		expect(c - b).toBeGreaterThanOrEqual(140);
	});
});

describe('OAuth2', () => {
	test('401 on an expired token -> n8n refreshes, retries, and the rotated tokens are stored', async () => {
		const expired = srv.issueTokens({ expired: true });
		const result = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { authentication: 'oAuth2' },
			credentials: oauthCredentials(expired),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.auth)).toEqual(['bearer', 'bearer']);

		// first attempt with the old token, then exactly one refresh, then the retry
		expect(srv.requests.map((r) => r.path)).toEqual(['/things', '/oauth/token', '/things']);
		expect(srv.requests[0].headers.authorization).toBe(`Bearer ${expired.access_token}`);
		expect(srv.tokenRequests).toEqual([
			{
				contentType: 'application/x-www-form-urlencoded',
				clientAuth: 'body', // the credential's hidden authentication: 'body'
				form: {
					grant_type: 'refresh_token',
					refresh_token: expired.refresh_token,
					client_id: srv.clientId,
					client_secret: srv.clientSecret,
				},
			},
		]);

		const stored = result.credentialsStore.harnessOAuth2Api.data.oauthTokenData;
		expect(stored.refresh_token).not.toBe(expired.refresh_token);
		expect(srv.refreshTokens.has(stored.refresh_token)).toBe(true); // the server's live one
		expect(srv.requests[2].headers.authorization).toBe(`Bearer ${stored.access_token}`);
	});

	test('the stored credential chains into the next run without another refresh', async () => {
		const first = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { authentication: 'oAuth2' },
			credentials: oauthCredentials(srv.issueTokens({ expired: true })),
		});
		srv.tokenRequests.length = 0;
		const second = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { authentication: 'oAuth2' },
			credentials: first.credentialsStore,
		});
		expect(second.error).toBeUndefined();
		expect(srv.tokenRequests).toEqual([]);
	});

	test('a dead refresh token (invalid_grant) ends in n8n`s "needs to be reconnected" error', async () => {
		const tokens = srv.issueTokens({ expired: true });
		srv.refreshTokens.delete(tokens.refresh_token);
		const result = await runNode({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { authentication: 'oAuth2' },
			credentials: oauthCredentials(tokens),
		});
		expect(result.error?.message).toBe('The credential "OAuth" needs to be reconnected.');
		expect(result.credentialsStore.harnessOAuth2Api.data.oauthTokenData).toEqual(tokens);
	});

	test('authorize URL resolves $self expressions and carries authQueryParameters', async () => {
		const resolved = resolveCredentialProperties({
			credentialClasses,
			type: 'harnessOAuth2Api',
			// a stored authUrl must not override the type's hidden one
			data: { baseUrl: srv.url, company: 'globex', clientId: 'cid', clientSecret: 'cs', authUrl: 'https://evil.example' },
		});
		expect(resolved).toMatchObject({
			authUrl: `${srv.url}/oauth/authorize`,
			accessTokenUrl: `${srv.url}/oauth/token`,
			authQueryParameters: 'prompt=consent&company=globex',
			grantType: 'authorizationCode',
			authentication: 'body',
			scope: 'read write',
		});

		const url = new URL(buildOAuth2AuthorizeUrl(resolved, { state: 's1' }));
		expect(`${url.origin}${url.pathname}`).toBe(`${srv.url}/oauth/authorize`);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			prompt: 'consent',
			company: 'globex',
			client_id: 'cid',
			redirect_uri: 'http://localhost:5678/rest/oauth2-credential/callback',
			response_type: 'code',
			state: 's1',
			scope: 'read write',
		});
	});
});

describe('testCredential', () => {
	test('OK with a valid key (request built from the credential`s test block)', async () => {
		const result = await testCredential({ credentialClasses, type: 'harnessApiKeyApi', data: { baseUrl: srv.url, apiKey: srv.apiKey } });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(srv.requests.map((r) => [r.path, r.headers['x-api-key']])).toEqual([['/me', srv.apiKey]]);
	});

	test('Error with a wrong key', async () => {
		const result = await testCredential({ credentialClasses, type: 'harnessApiKeyApi', data: { baseUrl: srv.url, apiKey: 'nope' } });
		expect(result).toEqual({ status: 'Error', message: 'Unauthorized' });
	});

	test('Error carries the message of the credential`s responseCode rule', async () => {
		const result = await testCredential({ credentialClasses, type: 'harnessApiKeyApi', data: { baseUrl: srv.url, apiKey: srv.readOnlyKey } });
		expect(result).toEqual({ status: 'Error', message: 'This key is not allowed to read /me' });
	});

	test('Error when the server is unreachable', async () => {
		const result = await testCredential({ credentialClasses, type: 'harnessApiKeyApi', data: { baseUrl: 'http://127.0.0.1:1', apiKey: 'x' } });
		expect(result).toEqual({ status: 'Error', message: 'ECONNREFUSED' });
	});

	test('OAuth2 credential without `test`: connected iff it holds an access token', async () => {
		const data = { baseUrl: srv.url, clientId: 'c', clientSecret: 's' };
		expect((await testCredential({ credentialClasses, type: 'harnessOAuth2Api', data })).status).toBe('Error');
		const connected = { ...data, oauthTokenData: { access_token: 'x' } };
		expect((await testCredential({ credentialClasses, type: 'harnessOAuth2Api', data: connected })).status).toBe('OK');
	});
});

describe('listSearch / loadOptions', () => {
	test('listSearch runs with a LoadOptionsContext and authenticated requests', async () => {
		const page1 = await runListSearch({
			nodeClass: HarnessTest,
			credentialClasses,
			credentials: apiKeyCredentials(),
			method: 'searchThings',
			filter: 'x',
		});
		expect(page1.results).toEqual([
			{ name: 'Found xa (page 1)', value: 'p1-xa' },
			{ name: 'Found xb (page 1)', value: 'p1-xb' },
		]);
		expect(page1.paginationToken).toBe('2');
		const page2 = await runListSearch({
			nodeClass: HarnessTest,
			credentialClasses,
			credentials: apiKeyCredentials(),
			method: 'searchThings',
			filter: 'x',
			paginationToken: page1.paginationToken,
		});
		expect(page2.paginationToken).toBeUndefined();
		expect(srv.requests.every((r) => r.headers['x-api-key'] === srv.apiKey)).toBe(true);
	});

	test('loadOptions sees the current parameters (OAuth2 chosen)', async () => {
		const options = await runLoadOptions({
			nodeClass: HarnessTest,
			credentialClasses,
			parameters: { authentication: 'oAuth2' },
			credentials: oauthCredentials(srv.issueTokens()),
			method: 'getThings',
		});
		expect(options).toEqual([
			{ name: 'Thing options 1', value: 'options-1' },
			{ name: 'Thing options 2', value: 'options-2' },
		]);
		expect(srv.requests[0].headers.authorization).toMatch(/^Bearer at-/);
	});
});
