'use strict';
// "Test credential", following n8n's CLI CredentialsTester (packages/cli/src/services/
// credentials-tester.service.ts): apply defaults/expressions to the data, then send the
// credential type's `test.request` through a temporary NoOp-based node whose single property
// routes that request, executed by n8n-core's RoutingNode inside a real ExecuteContext. So the
// request goes out via httpRequestWithAuthentication with the credential's `authenticate`
// (or the OAuth2 signing path), exactly like the editor's "Test" button.
const { CredentialTestContext, ExecuteContext, RoutingNode } = require('n8n-core');
const { Workflow, createRunExecutionData } = require('n8n-workflow');
const { CredentialTypes } = require('./credential-types');
const { HarnessCredentialsHelper } = require('./credentials-helper');
const { NodeTypes } = require('./node-types');
const { createAdditionalData } = require('./additional-data');

const OK = { status: 'OK', message: 'Connection successful!' };

/** Where the test is defined: `test` on the type, else a node's `testedBy`, else OAuth2's token check. */
function findTest(credentialTypes, type, nodeClass) {
	const credType = credentialTypes.getByName(type);
	if (credType.test) return { testRequest: credType.test };
	const isOAuth2 = type === 'oAuth2Api' || credentialTypes.getParentTypes(type).includes('oAuth2Api');
	if (nodeClass) {
		const node = typeof nodeClass === 'function' ? new nodeClass() : nodeClass;
		const ref = (node.description.credentials ?? []).find((c) => c.name === type);
		if (ref && isOAuth2) return { oauth2: true }; // the CLI checks this before testedBy
		if (ref?.testedBy && typeof ref.testedBy === 'string') return { fn: node.methods?.credentialTest?.[ref.testedBy] };
		if (ref?.testedBy) return { testRequest: ref.testedBy, nodeType: node };
	}
	// The CLI reaches the OAuth2 check through a node listing the credential; without a node we
	// apply it directly, since that is what the editor shows for an OAuth2 credential.
	if (isOAuth2) return { oauth2: true };
	return undefined;
}

function ruleForStatus(rules, statusCode) {
	return (rules ?? []).find((r) => r.type === 'responseCode' && r.properties.value === statusCode);
}

async function testCredential({ credentialClasses, type, data = {}, id = 'cred-under-test', name = 'Credential under test', nodeClass }) {
	const credentialTypes = new CredentialTypes(credentialClasses);
	const store = new Map([[id, { id, name, type, data: structuredClone(data) }]]);
	const credentialsHelper = new HarnessCredentialsHelper(credentialTypes, store);
	const additionalData = createAdditionalData({ credentialsHelper });

	const test = findTest(credentialTypes, type, nodeClass);
	if (!test) return { status: 'Error', message: 'No testing function found for this credential.' };

	const credentialsDecrypted = { id, name, type, data: structuredClone(data) };
	try {
		credentialsDecrypted.data = await credentialsHelper.applyDefaultsAndOverwrites(additionalData, credentialsDecrypted.data, type, 'internal');
	} catch (error) {
		return { status: 'Error', message: String(error.message) };
	}

	if (test.oauth2) {
		const token = credentialsDecrypted.data.oauthTokenData;
		return token && typeof token === 'object' && 'access_token' in token
			? { status: 'OK', message: 'Connection Successful' }
			: { status: 'Error', message: 'This OAuth2 credential was not connected to an account.' };
	}
	if (test.fn) return await test.fn.call(new CredentialTestContext(additionalData), credentialsDecrypted);

	const nodeTypes = new NodeTypes();
	const baseType = test.nodeType ?? nodeTypes.getByName('n8n-nodes-base.noOp');
	const version = baseType.description.version;
	const node = {
		id: 'temp',
		name: 'Temp-Node',
		type: baseType.description.name,
		typeVersion: Array.isArray(version) ? version[version.length - 1] : version,
		position: [0, 0],
		parameters: {},
		credentials: { [type]: { id, name } },
	};
	const nodeTypeCopy = {
		description: {
			...baseType.description,
			credentials: [{ name: type, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: test.testRequest.request }, default: '' }],
		},
	};
	nodeTypes.set(node.type, nodeTypeCopy);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const inputData = { main: [[{ json: {} }]] };
	const runExecutionData = createRunExecutionData({ resultData: { runData: {} } });
	const executeData = { node, data: {}, source: null };
	const context = new ExecuteContext(workflow, node, additionalData, 'internal', runExecutionData, 0, [], inputData, executeData, []);

	let response;
	try {
		response = await new RoutingNode(context, nodeTypeCopy, credentialsDecrypted).runNode();
	} catch (error) {
		const res = error.cause?.response;
		if (res) {
			const rule = ruleForStatus(test.testRequest.rules, res.status);
			if (rule) return { status: 'Error', message: rule.properties.message };
			if (res.status < 199 || res.status > 299) {
				return { status: 'Error', message: res.statusText || `Received HTTP status code: ${res.status}` };
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: String(error.message) };
	}

	for (const rule of test.testRequest.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		const json = response?.[0]?.[0]?.json ?? {};
		const value = rule.properties.key.split('.').reduce((o, k) => (o == null ? o : o[k]), json);
		if (value === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { ...OK };
}

module.exports = { testCredential };
