'use strict';
// Small builders for the workflow and credential JSON the suite imports. Shapes follow
// test/e2e/NODE-INTERFACE.md (node type, credential types and data, parameters); only n8n-nodes-base
// nodes besides ours, and no Code node (n8n 2.x runs it in a task runner: slower, more to go wrong).

const NODE_TYPE = 'n8n-nodes-factorial.factorial';
const API_VERSION = '2026-10-01';

/** Which node credential key each `authentication` value uses. */
const CREDENTIAL_TYPE = { apiKey: 'factorialApi', oAuth2: 'factorialOAuth2Api', companyOAuth2: 'factorialCompanyOAuth2Api' };

function apiKeyCredential(id, baseUrl, apiKey) {
	return { id, name: `Factorial API key (${id})`, type: 'factorialApi', data: { environment: 'custom', baseUrl, apiVersion: API_VERSION, apiKey } };
}

/** An OAuth2 credential; with `token` it is already connected, without it needs n8n's Connect flow. */
function oauthCredential(id, type, baseUrl, { clientId, clientSecret }, token) {
	const data = { environment: 'custom', baseUrl, apiVersion: API_VERSION, clientId, clientSecret };
	if (token) data.oauthTokenData = { token_type: 'Bearer', expires_in: 7200, ...token };
	return { id, name: `Factorial ${type} (${id})`, type, data };
}

function manualTrigger(name = 'Start') {
	return { id: `${name}-id`, name, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
}

/**
 * Items from a literal array: Edit Fields (raw JSON) builds `{ rows: [...] }`, Split Out turns it into one
 * item per row. Two nodes, but no Code node.
 */
function itemsFrom(rows, name = 'Rows') {
	return [
		{
			id: `${name}-set`,
			name: `${name} JSON`,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
		},
		{
			id: `${name}-split`,
			name,
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [400, 0],
			parameters: { fieldToSplitOut: 'rows', options: {} },
		},
	];
}

/** Our node. `credential` is { id, name } of a credential of the type `authentication` needs. */
function factorial(name, parameters, { authentication = 'apiKey', credential, settings = {} } = {}) {
	return {
		id: `${name.replace(/\W+/g, '-')}-id`,
		name,
		type: NODE_TYPE,
		typeVersion: 1,
		position: [600, 0],
		parameters: { authentication, ...parameters },
		credentials: { [CREDENTIAL_TYPE[authentication]]: { id: credential.id, name: credential.name } },
		...settings,
	};
}

/** A workflow whose nodes run one after another in the order given. */
function chain(id, name, nodes) {
	const connections = {};
	nodes.forEach((node, i) => {
		node.position = [i * 220, 0];
		if (i + 1 < nodes.length) connections[node.name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	});
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' }, active: false };
}

const rl = (value) => ({ __rl: true, mode: 'id', value: String(value) });

/**
 * Shift → Clock In of each item's `employee_id` at its `now`, under a given POST limit: the write the
 * POST-budget scenarios and benchmarks send by the hundred.
 */
const clockInParameters = ({ limit, windowMs }) => ({
	resource: 'shift',
	operation: 'clockIn',
	now: '={{ $json.now }}',
	additionalFields: { employeeId: { __rl: true, mode: 'id', value: '={{ $json.employee_id }}' } },
	options: { postLimit: limit, postWindowSeconds: windowMs / 1000 },
});

module.exports = { NODE_TYPE, CREDENTIAL_TYPE, apiKeyCredential, oauthCredential, manualTrigger, itemsFrom, factorial, chain, rl, clockInParameters };
