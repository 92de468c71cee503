'use strict';
// 7c. The Factorial Trigger as a user sets it up: found in the nodes panel, one event chosen there, a
// second typed into the Events list, an API key credential, saved and published with the editor's
// Publish button. The sandbox then holds one subscription per event pointing at this n8n; an emitted
// event runs the workflow; Unpublish in the editor deletes the subscriptions.
const assert = require('node:assert/strict');
const { parse } = require('flatted');
// The events the packed Trigger offers (the suite builds dist/ before it packs it).
const { WEBHOOK_EVENTS } = require('../../../../dist/nodes/shared/webhookEvents');

const TRIGGER_TYPE = 'n8n-nodes-factorial.factorialTrigger';
const ICON = '/icons/n8n-nodes-factorial/dist/nodes/FactorialTrigger/factorial.svg';
const UPDATE = { value: 'employees/employee/update', name: 'Employees / Employee Update' };
const LEAVE = { value: 'timeoff/leave/create', name: 'Time Off / Leave Create' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, check, timeoutMs = 15000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(250);
	}
}

/** The API key credential made by 7a, or a new one when this scenario runs alone (E2E_ONLY=7c). */
async function useApiKeyCredential(e, sb) {
	const slot = e.byId('node-credentials-slot');
	if (await slot.getByTestId('node-credentials-select').isVisible()) {
		await e.byId('node-credentials-select').click();
		const existing = e.page.locator('[data-test-id^="node-credentials-select-item-"]:visible').filter({ hasText: /Factorial API$/ });
		if ((await existing.count()) > 0) {
			await existing.first().click();
			return 'existing';
		}
		await e.byId('node-credentials-select-item-new').click();
	} else {
		await slot.getByRole('button', { name: /connect to factorial/i }).click();
	}
	const modal = e.byId('editCredential-modal');
	await modal.waitFor();
	// With OAuth2 credentials around (7b), n8n may open the dialog on another mode.
	const mode = modal.getByTestId('credential-mode-dropdown-trigger');
	if (await mode.isVisible()) {
		await mode.click();
		await e.page.getByRole('menuitem', { name: 'API Key' }).or(e.page.locator('[role=option]:visible, li:visible').filter({ hasText: /^API Key$/ })).first().click();
		await modal.getByTestId('parameter-input-apiKey').waitFor();
	}
	await e.pickOption('environment', 'Custom');
	await modal.getByTestId('parameter-input-baseUrl').locator('input').fill(sb.url);
	await modal.getByTestId('parameter-input-apiKey').locator('input').fill(sb.fixtures.apiKey);
	await modal.getByTestId('credential-save-button').click();
	await modal.waitFor({ state: 'hidden', timeout: 30000 });
	return 'new';
}

/** Types into the Events list; returns the entries it then offers and picks the one named `name`. */
async function typeEvent(e, search, name) {
	const input = e.byId('parameter-input-events');
	await input.click();
	await input.locator('input').first().pressSequentially(search);
	const items = e.page.locator('.el-select-dropdown__item:visible');
	await e.page.waitForFunction(
		(needle) => {
			const shown = [...document.querySelectorAll('.el-select-dropdown__item')].filter((el) => el.offsetParent !== null);
			return shown.length > 0 && shown.every((el) => el.textContent.toLowerCase().includes(needle));
		},
		search,
		{ timeout: 10000 },
	).catch(() => {});
	const offered = (await items.allInnerTexts()).map((t) => t.trim());
	if (offered.includes(name)) await items.filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }).first().click();
	await e.closeDropdown();
	return offered;
}

async function subscriptionsOf(sb, webhookId) {
	return (await sb.control.state('webhook_subscriptions')).filter((s) => s.target_url.includes(`/webhook/${webhookId}/`));
}

module.exports = {
	title: '7c. Factorial Trigger in the editor: events typed, published and unpublished with the editor, a delivery runs it',
	async run(b) {
		const { editor: e, page, sb, n8n } = b;

		// The nodes panel: on an empty canvas it offers triggers; "Factorial" lists ours, with its icon.
		await e.newWorkflow();
		const found = await e.searchNodes('Factorial');
		// n8n folds "Factorial Trigger" into the Factorial entry (same name without "Trigger"); the polling
		// trigger has a name of its own.
		assert.deepEqual(found, ['Factorial', 'Factorial Polling Trigger'], 'the trigger list finds the Factorial entry and the polling trigger');
		const panelIcons = await e.iconImages(e.byId('node-creator'));
		assert.ok(panelIcons.length > 0 && panelIcons.every((i) => i.complete && i.width === 64), `the panel's icon is decoded: ${JSON.stringify(panelIcons)}`);
		await e.byId('node-creator-item-name').filter({ hasText: /^Factorial$/ }).first().click();
		const entries = e.byId('node-creator').getByTestId('item-iterator-item');
		await entries.first().waitFor();
		const heading = await e.byId('node-creator').getByText(/^Triggers \(\d+\)$/).innerText();
		assert.equal(heading.trim(), `Triggers (${WEBHOOK_EVENTS.length})`, 'one panel entry per event');
		const first = (await entries.first().innerText()).trim();
		// The list renders only what is in view: scrolled down to the entry as a user does.
		const entry = await e.panelItem(`On ${UPDATE.name}`);
		assert.equal(await entry.count(), 1, `the panel names events as the Events list does, with "On" (e.g. ${first})`);
		await entry.click();
		await e.byId('ndv').waitFor();

		// Its parameters: the event chosen in the panel, a credential, a second event typed in the list.
		await useApiKeyCredential(e, sb);
		assert.match(await e.credentialShown(), /Factorial/, 'the trigger uses a Factorial API key credential');
		const chips = () => e.byId('parameter-input-events').locator('.el-tag').allInnerTexts();
		assert.deepEqual((await chips()).map((t) => t.trim()).filter(Boolean), [UPDATE.name], 'the panel entry chose its event');
		const offered = await typeEvent(e, 'leave create', LEAVE.name);
		assert.deepEqual(offered, [LEAVE.name], `typing "leave create" offers exactly that event: ${offered.join(', ')}`);
		const picked = (await chips()).map((t) => t.trim()).filter(Boolean);
		assert.deepEqual(picked, [UPDATE.name, LEAVE.name], 'both events are picked');
		await e.closeToasts();
		await e.screenshot('trigger', { scrollTop: e.byId('ndv') });
		await e.closeNodePanel();

		// The canvas: our trigger icon, and the subtitle counts the events.
		const node = page.locator(`[data-test-id="canvas-node"][data-node-type="${TRIGGER_TYPE}"]`);
		const canvasIcons = await e.iconImages(node);
		assert.ok(canvasIcons.length > 0 && canvasIcons.every((i) => new URL(i.src).pathname === ICON && i.complete && i.width === 64), `canvas icon: ${JSON.stringify(canvasIcons)}`);
		assert.match(await node.innerText(), /2 events/, 'the canvas subtitle reads "2 events"');

		// Save, then Publish in the header; the workflow's trigger subscribes each event.
		await page.keyboard.press('Control+s');
		await page.waitForURL(/\/workflow\/[A-Za-z0-9]+$/);
		const workflowId = new URL(page.url()).pathname.split('/').pop();
		// Read back what the editor stored (it may still be saving when the URL changes).
		const trigger = await until('the saved workflow', async () => {
			const saved = await n8n.rest('GET', `/rest/workflows/${workflowId}`);
			const found = saved.status === 200 && saved.json.data.nodes.find((n) => n.type === TRIGGER_TYPE);
			return found && found.parameters.events && found.parameters.events.length === 2 && found;
		});
		assert.deepEqual(trigger.parameters.events, [UPDATE.value, LEAVE.value], 'saved with both events');
		assert.match(trigger.webhookId || '', /^[0-9a-f-]{36}$/, 'the editor gave the trigger a webhook ID');
		assert.deepEqual(Object.keys(trigger.credentials), ['factorialApi'], 'with the API key credential');
		assert.deepEqual(await subscriptionsOf(sb, trigger.webhookId), [], 'nothing subscribed before publishing');
		const beforePublish = await sb.control.mark();

		await e.byId('workflow-open-publish-modal-button').click();
		await e.byId('workflow-publish-button').click();
		await e.byId('workflow-active-version-indicator').waitFor({ timeout: 30000 });
		// n8n then explains, once, that the workflow now listens for events.
		const gotIt = page.getByRole('button', { name: 'Got it' });
		await gotIt.waitFor({ timeout: 5000 }).then(() => gotIt.click(), () => {});
		const base = `${n8n.baseUrl}/webhook/${trigger.webhookId}`;
		const subs = await subscriptionsOf(sb, trigger.webhookId);
		assert.deepEqual(
			subs.map((s) => [s.type, s.target_url, s.enabled, s.company_id]).sort(),
			[
				[UPDATE.value, `${base}/${UPDATE.value}`, true, String(sb.fixtures.companyId)],
				[LEAVE.value, `${base}/${LEAVE.value}`, true, String(sb.fixtures.companyId)],
			],
			'one enabled subscription per event, at this n8n, with the event in the path',
		);
		const created = (await sb.control.log(beforePublish)).filter((x) => x.method === 'POST' && x.path.endsWith('/webhook_subscriptions'));
		assert.deepEqual(created.map((x) => [x.status, x.auth.kind]), [[201, 'api_key'], [201, 'api_key']], 'created with the API key');

		// Factorial sends an event: n8n runs the workflow, the trigger's output is the payload plus `event`.
		const leave = { id: '9077', employee_id: '4242', start_on: '2026-12-01' };
		const emitted = await sb.control.emit(LEAVE.value, leave);
		assert.deepEqual(emitted.deliveries.map((d) => [d.url, d.status]), [[`${base}/${LEAVE.value}`, 200]], 'delivered to n8n, accepted');
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const runs = await until('the execution', async () => {
			const list = await n8n.rest('GET', `/rest/executions?filter=${filter}&limit=10`);
			const done = (list.json?.data?.results ?? []).filter((x) => x.status !== 'running' && x.status !== 'new');
			return done.length > 0 && done;
		});
		assert.deepEqual(runs.map((r) => [r.mode, r.status]), [['webhook', 'success']], 'one successful webhook execution');
		const execution = await n8n.rest('GET', `/rest/executions/${runs[0].id}`);
		const runData = parse(execution.json.data.data).resultData.runData;
		const output = runData[trigger.name][0].data.main[0].map((item) => item.json);
		assert.deepEqual(output, [{ ...leave, event: LEAVE.value }], 'the output is the payload plus its event');

		// Unpublish from the header's menu: the subscriptions are deleted in Factorial.
		const beforeUnpublish = await sb.control.mark();
		await e.byId('version-menu-button').click();
		const unpublish = e.byId('version-menu-item-unpublish');
		await unpublish.waitFor();
		assert.equal(await unpublish.getAttribute('aria-disabled'), null, 'Unpublish is offered');
		await unpublish.click();
		await page.locator('[role=dialog]:visible').getByRole('button', { name: 'Unpublish', exact: true }).click();
		await e.byId('workflow-active-version-indicator').waitFor({ state: 'hidden' });
		const left = await until('the subscriptions to be deleted', async () => {
			const now = await subscriptionsOf(sb, trigger.webhookId);
			return now.length === 0 && now;
		}, 10000);
		assert.deepEqual(left, [], 'Unpublish deleted both subscriptions');
		const deleted = (await sb.control.log(beforeUnpublish)).filter((x) => x.method === 'DELETE' && subs.some((s) => x.path.endsWith(`/webhook_subscriptions/${s.id}`)));
		assert.deepEqual(deleted.map((x) => x.status), [200, 200], 'two DELETEs, both accepted');
		await e.closeToasts();
		return `subscribed ${subs.length} events at ${base}/<event>; a delivery → execution ${runs[0].id} with payload + event; unpublish deleted both`;
	},
};
