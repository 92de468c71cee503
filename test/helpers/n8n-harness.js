'use strict';
// In-process n8n harness: runs a compiled community node through n8n-core's real
// WorkflowExecute / ExecuteContext / RoutingNode / LoadOptionsContext, n8n's real
// httpRequestWithAuthentication + OAuth2 refresh, and @n8n/backend-network's OutboundHttp.
// What is NOT n8n's own code (and so not proven by these tests) is listed in
// test/helpers/harness/README.md.
const { bootstrap } = require('./harness/bootstrap');

bootstrap(); // must precede anything that touches the @n8n/di Container

const { WorkflowExecute, LoadOptionsContext } = require('n8n-core');
const { Workflow, createRunExecutionData } = require('n8n-workflow');
const { CredentialTypes } = require('./harness/credential-types');
const { HarnessCredentialsHelper } = require('./harness/credentials-helper');
const { NodeTypes, latestVersion, DEFAULT_PACKAGE } = require('./harness/node-types');
const { createAdditionalData } = require('./harness/additional-data');
const { testCredential } = require('./harness/credential-test');
const { buildOAuth2AuthorizeUrl } = require('./harness/oauth2-authorize-url');
const { useBinaryMode, storeBinary, readBinary } = require('./harness/binary-data');

const NODE_NAME = 'Node Under Test';

/** credentials: { [type]: { id, name, data } } -> store keyed by id, plus node.credentials refs. */
function makeStore(credentials = {}) {
	const store = new Map();
	const refs = {};
	for (const [type, { id = `cred-${type}`, name = type, data = {} }] of Object.entries(credentials)) {
		store.set(id, { id, name, type, data: structuredClone(data) });
		refs[type] = { id, name };
	}
	return { store, refs };
}

/** The store back as { [type]: { id, name, data } }: pass it as `credentials` to chain runs. */
function storeSnapshot(store) {
	const out = {};
	for (const { id, name, type, data } of store.values()) out[type] = { id, name, data: structuredClone(data) };
	return out;
}

function setup({ nodeClass, credentialClasses, credentials, parameters = {}, packageName = DEFAULT_PACKAGE, typeVersion, nodeSettings = {} }) {
	const credentialTypes = new CredentialTypes(credentialClasses);
	const nodeTypes = new NodeTypes();
	const { fullName, type } = nodeTypes.add(nodeClass, packageName);
	const { store, refs } = makeStore(credentials);
	const node = {
		id: 'node-under-test',
		name: NODE_NAME,
		type: fullName,
		typeVersion: typeVersion ?? latestVersion(type),
		position: [0, 0],
		parameters: structuredClone(parameters),
		credentials: refs,
		...nodeSettings,
	};
	// The Workflow constructor fills in parameter defaults (NodeHelpers.getNodeParameters), as n8n does.
	const workflow = new Workflow({ id: 'harness', name: 'harness', nodes: [node], connections: {}, active: false, nodeTypes, settings: { executionOrder: 'v1' } });
	const credentialsHelper = new HarnessCredentialsHelper(credentialTypes, store);
	return { workflow, node: workflow.nodes[NODE_NAME], nodeTypes, store, credentialsHelper };
}

/**
 * Runs one node once on the given input items through WorkflowExecute.processRunExecutionData
 * (the node is the start of the execution stack, fed `items` on its main input).
 * @returns {Promise<{ items: object[], outputs: object[][], error?: Error, credentialsStore: object, run: object }>}
 */
async function runNode({ items = [{ json: {} }], continueOnFail = false, mode = 'manual', ...options }) {
	const { workflow, node, store, credentialsHelper } = setup({
		...options,
		nodeSettings: { ...(continueOnFail ? { continueOnFail: true } : {}), ...options.nodeSettings },
	});
	const additionalData = createAdditionalData({ credentialsHelper });
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [structuredClone(items)] }, source: null }],
		},
	});
	const run = await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(workflow);
	const task = run.data.resultData.runData[NODE_NAME]?.[0];
	const outputs = task?.data?.main ?? [];
	return {
		items: outputs[0] ?? [],
		outputs,
		error: task?.error ?? run.data.resultData.error,
		credentialsStore: storeSnapshot(store),
		run,
	};
}

/**
 * Calls `methods.listSearch[method]` (or `loadOptions`) with a real LoadOptionsContext, the way
 * n8n's DynamicNodeParametersService does for the editor. `parameters` are the node's current
 * parameters (additionalData.currentNodeParameters); `path` the parameter being edited.
 */
async function runListSearch({ method, filter, paginationToken, path = 'parameters', ...options }) {
	const { context, type, store } = loadOptionsContext(options, path);
	const fn = type.methods?.listSearch?.[method];
	if (typeof fn !== 'function') throw new Error(`Node has no listSearch method "${method}"`);
	const result = await fn.call(context, filter, paginationToken);
	return { ...result, credentialsStore: storeSnapshot(store) };
}

async function runLoadOptions({ method, path = 'parameters', ...options }) {
	const { context, type } = loadOptionsContext(options, path);
	const fn = type.methods?.loadOptions?.[method];
	if (typeof fn !== 'function') throw new Error(`Node has no loadOptions method "${method}"`);
	return await fn.call(context);
}

/** Calls `methods.resourceMapping[method]` as the editor does for a resource mapper parameter. */
async function runResourceMapping({ method, path = 'parameters', ...options }) {
	const { context, type } = loadOptionsContext(options, path);
	const fn = type.methods?.resourceMapping?.[method];
	if (typeof fn !== 'function') throw new Error(`Node has no resourceMapping method "${method}"`);
	return await fn.call(context);
}

function loadOptionsContext(options, path) {
	const { workflow, node, nodeTypes, store, credentialsHelper } = setup(options);
	const additionalData = createAdditionalData({ credentialsHelper, currentNodeParameters: node.parameters });
	const type = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	return { context: new LoadOptionsContext(workflow, node, additionalData, path), type, store };
}

/**
 * A credential's data as n8n would hand it to a node (synchronous): type defaults (parents
 * merged), pinned hidden fields from the type, and expressions (`$self[...]`) resolved.
 */
function resolveCredentialProperties({ credentialClasses, type, data = {} }) {
	const credentialTypes = new CredentialTypes(credentialClasses);
	const helper = new HarnessCredentialsHelper(credentialTypes, new Map());
	const additionalData = createAdditionalData({ credentialsHelper: helper });
	return helper.resolveData(additionalData, structuredClone(data), type, 'internal');
}

module.exports = {
	runNode,
	testCredential,
	resolveCredentialProperties,
	buildOAuth2AuthorizeUrl,
	runListSearch,
	useBinaryMode,
	storeBinary,
	readBinary,
	runLoadOptions,
	runResourceMapping,
	NODE_NAME,
	// building blocks, for tests that need to go one level lower
	internals: { setup, createAdditionalData, CredentialTypes, HarnessCredentialsHelper },
};
