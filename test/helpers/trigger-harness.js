'use strict';
// In-process harness for a webhook trigger node: its lifecycle methods (checkExists / create /
// delete) run in n8n-core's real HookContext and its webhook() in n8n-core's real WebhookContext,
// on one n8n-workflow Workflow whose static data lives across calls, as it does in n8n between
// activation and deliveries. What stands in for n8n here (the HTTP server in front of webhook(), the
// request/response objects, the URL → parameters routing) is listed in harness/README.md.
const http = require('node:http');
const { internals } = require('./n8n-harness'); // bootstraps the @n8n/di Container first
const { HookContext, WebhookContext } = require('n8n-core');

const WEBHOOK_ID = '3f2b9c1e-7a4d-4e8b-9c61-5d0f2a7b8e14';

/** The bits of an express Response that n8n's webhook code and trigger nodes use. */
function recordingResponse() {
	const response = {
		statusCode: 200,
		headersSent: false,
		body: undefined,
		status(code) {
			response.statusCode = code;
			return response;
		},
		json(body) {
			response.body = body;
			response.headersSent = true;
			return response;
		},
		send(body) {
			response.body = body;
			response.headersSent = true;
			return response;
		},
		end() {
			response.headersSent = true;
			return response;
		},
	};
	return response;
}

/**
 * One trigger node in one workflow. `parameters` are the node's; `webhookId` as the editor assigns
 * it (pass null for a node without one); `baseUrl` is n8n's instance URL (webhooks below /webhook).
 */
function createTrigger({ nodeClass, credentialClasses, credentials, parameters, webhookId = WEBHOOK_ID, baseUrl = 'http://localhost:5678', workflowName = 'Trigger test' }) {
	const { workflow, node, nodeTypes, store, credentialsHelper } = internals.setup({
		nodeClass,
		credentialClasses,
		credentials,
		parameters,
		nodeSettings: webhookId ? { webhookId } : {},
	});
	workflow.name = workflowName;
	const type = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const description = type.description.webhooks[0];
	const additionalData = {
		...internals.createAdditionalData({ credentialsHelper }),
		webhookBaseUrl: `${baseUrl}/webhook`,
		webhookTestBaseUrl: `${baseUrl}/webhook-test`,
	};
	// What n8n's WebhookService.getNodeWebhooks computes for this node (isFullPath: the path itself).
	const webhookData = {
		httpMethod: description.httpMethod,
		node: node.name,
		path: description.path,
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId,
	};

	async function hook(method, activation = 'activate') {
		const context = new HookContext(workflow, node, additionalData, 'trigger', activation, webhookData);
		return await type.webhookMethods[description.name][method].call(context);
	}

	/**
	 * Calls webhook() for a request that reached `path` (below /webhook/), with n8n's routing of a
	 * dynamic path: the first segment is the webhook ID, the rest fill the `:name` segments.
	 * Returns { result, status, body, params }.
	 */
	async function receive({ path, headers = {}, body = {} }) {
		const [id, ...segments] = path.split('/');
		const templateSegments = description.path.split('/');
		if (id !== webhookId || segments.length !== templateSegments.length) {
			return { result: undefined, status: 404, body: { message: 'webhook not registered' } };
		}
		const params = {};
		templateSegments.forEach((segment, index) => {
			if (segment.startsWith(':')) params[segment.slice(1)] = segments[index];
		});
		const lowered = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
		const request = { method: 'POST', headers: lowered, body, params, query: {} };
		const response = recordingResponse();
		const context = new WebhookContext(
			workflow,
			node,
			{ ...additionalData, httpRequest: request, httpResponse: response },
			'webhook',
			webhookData,
			[],
			null,
		);
		const result = await type.webhook.call(context);
		// As n8n's WebhookHelpers: the node answered itself, or n8n answers 200 (responseMode onReceived).
		const answered = result.noWebhookResponse === true || response.headersSent;
		return { result, status: answered ? response.statusCode : 200, body: answered ? response.body : { message: 'Workflow was started' }, params };
	}

	/** A local HTTP server at `baseUrl` that hands POSTs below /webhook/ to receive(); for sandbox deliveries. */
	async function listen() {
		const received = [];
		const server = http.createServer((req, res) => {
			let text = '';
			req.on('data', (chunk) => (text += chunk));
			req.on('end', async () => {
				const url = new URL(req.url, 'http://x');
				const path = url.pathname.replace(/^\/webhook\//, '');
				let out;
				try {
					out = await receive({ path, headers: req.headers, body: text ? JSON.parse(text) : {} });
				} catch (error) {
					out = { status: 500, body: { message: error.message } };
				}
				received.push({ path, ...out });
				res.writeHead(out.status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(out.body ?? {}));
			});
		});
		await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${server.address().port}`;
		return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
	}

	return {
		node,
		workflow,
		hook,
		receive,
		listen,
		credentialsStore: store,
		staticData: () => JSON.parse(JSON.stringify(workflow.getStaticData('node', node))),
		setBaseUrl(url) {
			additionalData.webhookBaseUrl = `${url}/webhook`;
			additionalData.webhookTestBaseUrl = `${url}/webhook-test`;
		},
	};
}

module.exports = { createTrigger, WEBHOOK_ID };
