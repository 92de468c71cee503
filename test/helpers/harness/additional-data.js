'use strict';
// IWorkflowExecuteAdditionalData: what n8n's CLI builds in workflow-execute-additional-data.ts
// (getBase). Only the credentials helper and hooks do real work here; URLs are placeholders
// and sub-workflow / code-runner / AI-event hooks refuse, since a package node calling them is
// outside what this harness proves.
const { ExecutionLifecycleHooks } = require('n8n-core');

const BASE = 'http://localhost:5678';

function unsupported(what) {
	return async () => {
		throw new Error(`n8n-harness: ${what} is not supported in-process`);
	};
}

function createAdditionalData({ credentialsHelper, hooks, currentNodeParameters, executionId = 'harness-execution' }) {
	return {
		credentialsHelper,
		hooks: hooks ?? new ExecutionLifecycleHooks('manual', executionId, { id: 'harness', nodes: [], connections: {} }),
		executionId,
		userId: 'harness-user',
		workflowId: 'harness',
		currentNodeExecutionIndex: 0,
		currentNodeParameters,
		variables: {},
		restApiUrl: `${BASE}/rest`,
		instanceBaseUrl: BASE,
		formBaseUrl: `${BASE}/form`,
		formWaitingBaseUrl: `${BASE}/form-waiting`,
		formTestBaseUrl: `${BASE}/form-test`,
		webhookBaseUrl: `${BASE}/webhook`,
		webhookWaitingBaseUrl: `${BASE}/webhook-waiting`,
		webhookTestBaseUrl: `${BASE}/webhook-test`,
		mcpBaseUrl: `${BASE}/mcp`,
		mcpTestBaseUrl: `${BASE}/mcp-test`,
		// An instance without external secrets: any `$secrets.x.y` in a credential fails as it would there.
		externalSecretsProxy: { hasProvider: () => false, hasSecret: () => false, getSecret: () => undefined },
		executeWorkflow: unsupported('executeWorkflow (sub-workflows)'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		startRunnerTask: unsupported('startRunnerTask (Code node task runner)'),
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
	};
}

module.exports = { createAdditionalData };
