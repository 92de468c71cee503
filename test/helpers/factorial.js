'use strict';
// Runs the built Factorial node in-process (n8n-core's real execution path) against a sandbox.
const { runNode, runListSearch, testCredential, useBinaryMode, storeBinary, readBinary } = require('./n8n-harness');
const { startSandbox } = require('../sandbox');
const { Factorial } = require('../../dist/nodes/Factorial/Factorial.node.js');
const { FactorialApi } = require('../../dist/credentials/FactorialApi.credentials.js');
const { FactorialOAuth2Api } = require('../../dist/credentials/FactorialOAuth2Api.credentials.js');
const { FactorialCompanyOAuth2Api } = require('../../dist/credentials/FactorialCompanyOAuth2Api.credentials.js');

const credentialClasses = [FactorialApi, FactorialOAuth2Api, FactorialCompanyOAuth2Api];
const TYPES = { apiKey: 'factorialApi', oAuth2: 'factorialOAuth2Api', companyOAuth2: 'factorialCompanyOAuth2Api' };

/** Credential data pointing at the sandbox, as a user would fill it in with "Custom" environment. */
function credentialsFor(sb, authentication = 'apiKey', overrides = {}) {
	const common = { environment: 'custom', baseUrl: sb.url, apiVersion: '2026-10-01' };
	const { fixtures } = sb;
	const data =
		authentication === 'apiKey'
			? { ...common, apiKey: fixtures.apiKey }
			: {
					...common,
					clientId: fixtures.oauth.clientId,
					clientSecret: fixtures.oauth.clientSecret,
					oauthTokenData:
						authentication === 'oAuth2'
							? { ...fixtures.userToken }
							: { ...fixtures.companyToken },
				};
	return { [TYPES[authentication]]: { id: `cred-${authentication}`, name: authentication, data: { ...data, ...overrides } } };
}

async function runFactorial(sb, { parameters, items, authentication = 'apiKey', credentials, continueOnFail = false, typeVersion }) {
	return await runNode({
		nodeClass: Factorial,
		credentialClasses,
		typeVersion,
		parameters: { authentication, ...parameters },
		credentials: credentials ?? credentialsFor(sb, authentication),
		items,
		continueOnFail,
	});
}

async function searchList(sb, method, filter, paginationToken, authentication = 'apiKey') {
	return await runListSearch({
		nodeClass: Factorial,
		credentialClasses,
		credentials: credentialsFor(sb, authentication),
		parameters: { authentication, resource: 'employee', operation: 'get' },
		method,
		filter,
		paginationToken,
	});
}

/** The sandbox's request log since `since` (its control API, as an out-of-process test would read it). */
async function sandboxLog(sb, since = 0) {
	const response = await fetch(`${sb.url}/__sandbox/log?since=${since}`);
	const body = await response.json();
	return Array.isArray(body) ? body : body.entries ?? body.log ?? [];
}

async function lastSeq(sb) {
	const response = await fetch(`${sb.url}/__sandbox/stats`);
	return (await response.json()).log.lastSeq;
}

async function control(sb, method, path, body) {
	const response = await fetch(`${sb.url}/__sandbox/${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await response.json();
}

/** Every record of a sandbox collection, e.g. `employees`. */
async function sandboxState(sb, collection) {
	const response = await fetch(`${sb.url}/__sandbox/state/${collection}`);
	const body = await response.json();
	return Array.isArray(body) ? body : body.data ?? body.records;
}

/** The API requests (not OAuth or control calls) the sandbox logged since `since`. */
async function apiRequests(sb, since = 0) {
	return (await sandboxLog(sb, since)).filter((entry) => entry.path.startsWith('/api/'));
}

/** One sandbox for a test file: started before its tests, closed after; `onStart` receives it. */
function useSandbox(onStart, options = { port: 0 }) {
	let sb;
	beforeAll(async () => {
		sb = await startSandbox(options);
		onStart(sb);
	});
	afterAll(async () => sb.close());
}

const rl = (value, mode = 'id') => ({ __rl: true, mode, value });

/** Runs the node and returns its result with the API requests it made. */
async function runRecorded(sb, options) {
	const before = await lastSeq(sb);
	const result = await runFactorial(sb, options);
	return { ...result, requests: await apiRequests(sb, before), before };
}

/** Runs the node, which must succeed: → { items, requests }. */
async function runOk(sb, options) {
	const { items, error, requests } = await runRecorded(sb, options);
	expect(error).toBeUndefined();
	return { items, requests };
}

/** Runs the node, which must succeed with exactly one API request: → { items, request }. */
async function runOneRequest(sb, options) {
	const { items, requests } = await runOk(sb, options);
	expect(requests).toHaveLength(1);
	return { items, request: requests[0] };
}

/** Runs the node, which must fail: → { error, requests }. */
async function runFailing(sb, options) {
	const { error, requests } = await runRecorded(sb, options);
	expect(error).toBeDefined();
	return { error, requests };
}

module.exports = { runRecorded, runOk, runOneRequest, runFailing, useBinaryMode, storeBinary, readBinary, apiRequests, useSandbox, credentialClasses, credentialsFor, runFactorial, searchList, sandboxLog, sandboxState, lastSeq, control, rl, testCredential, TYPES };
