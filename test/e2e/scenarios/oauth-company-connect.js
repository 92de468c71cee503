'use strict';
// 3. OAuth2 company: n8n's own Connect flow (REST, no browser) asks Factorial for a company token
// (resource_owner_type=company), and a workflow then runs with that token.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeJson } = require('../lib/run-data');

const ID = 'e2eOAuthCompany';
const NODE = 'Company employees';

module.exports = {
	title: '3. OAuth2 company: Connect asks for resource_owner_type=company; the workflow runs on the company token',
	workflows: (ctx) => [
		w.chain(ID, 'E2E 3: employees (OAuth2 company)', [
			w.manualTrigger(),
			w.factorial(NODE, { resource: 'employee', operation: 'getAll', returnAll: false, limit: 5, filters: {} }, { authentication: 'companyOAuth2', credential: ctx.creds.company }),
		]),
	],
	async run(ctx) {
		const { n8n, sb, creds } = ctx;
		await n8n.start({ port: ctx.n8nPort });
		try {
			await n8n.login();
			const companyUrl = new URL(await n8n.oauthAuthorizeUrl(creds.company.id));
			const userUrl = new URL(await n8n.oauthAuthorizeUrl(creds.userUnconnected.id));
			assert.equal(`${companyUrl.origin}${companyUrl.pathname}`, `${sb.url}/oauth/authorize`, 'the authorize URL is the sandbox (custom base URL)');
			assert.equal(companyUrl.searchParams.get('resource_owner_type'), 'company', 'the company credential asks for a company token');
			assert.equal(userUrl.searchParams.get('resource_owner_type'), null, 'the user credential does not');
			assert.equal(companyUrl.searchParams.get('client_id'), sb.fixtures.oauth.clientId);
			assert.equal(companyUrl.searchParams.get('redirect_uri'), `${n8n.baseUrl}/rest/oauth2-credential/callback`);
			await n8n.completeOAuth(companyUrl.toString());
		} finally {
			await n8n.stop(); // `n8n execute` below must not share the database with a running server
		}
		const issued = (await sb.control.oauth()).issued.filter((t) => t.grant_type === 'authorization_code');
		assert.equal(issued.length, 1, 'one authorization code was exchanged');
		assert.equal(issued[0].kind, 'company', 'for a company token');

		const mark = await sb.control.mark();
		const run = await ctx.execute(ID);
		assert.equal(run.status, 'success', ctx.runError(run));
		assert.equal(nodeJson(run, NODE).length, 5, 'Limit 5 gives five employees');
		const calls = (await sb.control.log(mark)).filter((e) => e.path.includes('/resources/'));
		assert.ok(calls.length > 0, 'the node called the sandbox');
		assert.ok(
			calls.every((e) => e.status === 200 && e.auth.kind === 'company' && e.auth.credentialId === issued[0].credentialId),
			`every call used the company token just issued: ${JSON.stringify(calls.map((e) => e.auth))}`,
		);
		return `company token ${issued[0].credentialId} obtained through n8n's callback and used`;
	},
};
