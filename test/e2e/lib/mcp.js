'use strict';
// A real MCP client (the official SDK, @modelcontextprotocol/sdk) connected to an n8n MCP Server
// Trigger's production URL (`/mcp/<path>`) over Streamable HTTP, the transport the trigger's version 2
// serves at that URL (SSE is the same URL's GET).
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

/** Connects to `url`; `headers` go with every request (e.g. the trigger's Bearer token). → the Client. */
async function connect(url, headers = {}) {
	const client = new Client({ name: 'n8n-nodes-factorial-e2e', version: '1.0.0' });
	const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
	await client.connect(transport);
	return client;
}

/** The text of a tool result (n8n sends one text part), parsed as JSON when it is JSON. */
function resultData(result) {
	const text = (result.content || []).filter((c) => c.type === 'text').map((c) => c.text).join('');
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** Calls a tool with a timeout long enough for paced writes; → { isError, data, text }. */
async function call(client, name, args) {
	const result = await client.callTool({ name, arguments: args }, undefined, { timeout: 120000 });
	const data = resultData(result);
	return { isError: result.isError === true, data, text: typeof data === 'string' ? data : JSON.stringify(data) };
}

module.exports = { connect, call, resultData };
