'use strict';
// 7b. OAuth as a user does it: a new Factorial OAuth2 credential (user, then company) made in the
// credential modal with the sandbox as custom base URL, Connect, the sandbox approves in the pop-up,
// the modal says connected, and the node then runs on the token just issued.
const assert = require('node:assert/strict');

const MODES = [
	{ mode: 'OAuth2 (User)', kind: 'user', ownerType: null, screenshot: null },
	{ mode: 'OAuth2 (Company)', kind: 'company', ownerType: 'company', screenshot: 'credential-oauth-company' },
];

async function connect(b, { mode, kind, ownerType, screenshot }) {
	const { editor: e, page, context, sb, oauthClient } = b;
	await e.chooseCredential('new');
	const modal = e.byId('editCredential-modal');
	await modal.waitFor();
	await modal.getByTestId('credential-mode-dropdown-trigger').click();
	await page.getByRole('menuitem', { name: mode }).or(page.locator('[role=option]:visible, li:visible').filter({ hasText: new RegExp(`^${mode.replace(/[()]/g, '\\$&')}$`) })).first().click();
	await modal.getByTestId('parameter-input-clientId').waitFor();
	await modal.getByTestId('parameter-input-clientId').locator('input').fill(oauthClient.clientId);
	await modal.getByTestId('parameter-input-clientSecret').locator('input').fill(oauthClient.clientSecret);
	await e.pickOption('environment', 'Custom');
	await modal.getByTestId('parameter-input-baseUrl').locator('input').fill(sb.url);

	// Connect opens Factorial's authorize page in a pop-up; the sandbox approves and sends it back to n8n.
	const authorizeUrls = [];
	const onRequest = (request) => {
		if (request.url().startsWith(`${sb.url}/oauth/authorize`)) authorizeUrls.push(new URL(request.url()));
	};
	context.on('request', onRequest);
	try {
		const popup = context.waitForEvent('page', { timeout: 30000 });
		await modal.getByTestId('oauth-not-connected-banner').getByRole('button', { name: /connect/i }).click();
		await popup;
		// n8n closes the modal once the pop-up reports success (it stays open, with an error, otherwise).
		await modal.waitFor({ state: 'hidden', timeout: 30000 }).catch(async () => {
			throw new Error(`the credential modal stayed open after Connect: ${(await modal.innerText()).slice(0, 500)}`);
		});
	} finally {
		context.off('request', onRequest);
	}
	assert.equal(authorizeUrls.length, 1, 'the pop-up opened the sandbox authorize page once');
	const [authorize] = authorizeUrls;
	assert.equal(authorize.searchParams.get('client_id'), oauthClient.clientId);
	assert.equal(authorize.searchParams.get('resource_owner_type'), ownerType, `${kind}: resource_owner_type=${ownerType}`);
	assert.equal(authorize.searchParams.get('redirect_uri'), `${b.n8n.baseUrl}/rest/oauth2-credential/callback`);

	// Opened again, the credential says it is connected.
	await e.byId('credential-edit-button').click();
	await modal.getByTestId('oauth-connect-success-banner').waitFor();
	if (screenshot) {
		await e.closeToasts();
		await e.screenshot(screenshot, { mask: [modal.getByTestId('copy-input'), modal.getByTestId('parameter-input-clientId')] });
	}
	await modal.locator('button[aria-label="Close this dialog"], .el-dialog__headerbtn').first().click();
	await modal.waitFor({ state: 'hidden' });

	// The node runs on the token the sandbox just issued for this application.
	const issued = (await sb.control.oauth()).issued.filter((t) => t.client_id === oauthClient.clientId && t.kind === kind);
	assert.equal(issued.length, 1, `one ${kind} token issued to the application`);
	const mark = await sb.control.mark();
	await e.executeStep();
	await e.waitForOutput();
	const calls = (await sb.control.log(mark)).filter((x) => x.path.includes('/resources/'));
	assert.ok(calls.length > 0, 'the node called the sandbox');
	assert.ok(
		calls.every((x) => x.status === 200 && x.auth.kind === kind && x.auth.credentialId === issued[0].credentialId),
		`every call used the ${kind} token just issued: ${JSON.stringify(calls.map((x) => x.auth))}`,
	);
	await e.closeToasts();
	return `${kind}: connected (resource_owner_type=${ownerType}), node ran on ${issued[0].credentialId}`;
}

module.exports = {
	title: '7b. OAuth2 user and company credentials connected in the credential modal; the node runs on them',
	async run(b) {
		const { editor: e } = b;
		await e.newWorkflow();
		await e.searchNodes('Factorial');
		await e.openNodeInPanel('Factorial');
		await e.addAction('Get many employees');
		const notes = [];
		for (const m of MODES) notes.push(await connect(b, m));
		await e.closeNodePanel();
		return notes.join('; ');
	},
};
