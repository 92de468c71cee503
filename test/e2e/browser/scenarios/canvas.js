'use strict';
// 7a. A user finds the node, connects it to Factorial with an API key, lists employees, picks one by
// name, and is stopped by n8n before a Create with a required field left empty is sent.
const assert = require('node:assert/strict');

// Each of our nodes serves the same icon from its own folder (the nodes panel shows the polling
// trigger beside the Factorial node); test/layout.test.js keeps the copies identical.
const ICON_PATH = /^\/icons\/n8n-nodes-factorial\/dist\/nodes\/(Factorial|FactorialTrigger|FactorialPollingTrigger)\//;
// Words only a developer would understand in something a user reads: snake_case wire names.
const JARGON = /\b[a-z]+_[a-z_]+\b/;

/** Every image must be our icon, for the theme, decoded by the browser: not a broken image or "?". */
function assertIcons(images, file, where) {
	assert.ok(images.length > 0, `${where}: an <img> for the node icon`);
	for (const img of images) {
		const { pathname } = new URL(img.src);
		assert.ok(ICON_PATH.test(pathname) && pathname.endsWith(`/${file}`), `${where}: icon ${img.src} is one of our nodes' ${file}`);
		assert.ok(img.complete && img.width === 64 && img.height === 64, `${where}: icon decoded at 64×64, got ${img.width}×${img.height}`);
	}
}

async function seededEmployees(sb) {
	const rows = await sb.control.state('employees');
	return rows.sort((a, b) => Number(a.id) - Number(b.id));
}

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

module.exports = {
	title: '7a. nodes panel, icon (light and dark), API key credential, Get Many output, employee picker, required field',
	async run(b) {
		const { editor: e, page, sb } = b;
		const notes = [];

		// The nodes panel: search, the node with its icon, its actions.
		await e.newWorkflow();
		const found = await e.searchNodes('Factorial');
		assert.ok(found.includes('Factorial'), `search "Factorial" lists the node: ${found.join(', ')}`);
		assertIcons(await e.iconImages(e.byId('node-creator')), 'factorial.svg', 'nodes panel');
		await e.openNodeInPanel('Factorial');
		const actions = await e.panelActions();
		assert.ok(actions.some((a) => a.includes('Get many employees')), `the panel lists "Get many employees": ${actions.slice(0, 8).join(' | ')}`);
		await e.screenshot('node-panel');

		// Add Employee → Get Many; the defaults a user sees.
		await e.addAction('Get many employees');
		assert.equal(await e.parameterValue('resource'), 'Employee');
		assert.equal(await e.parameterValue('operation'), 'Get Many');
		assert.equal(await e.parameterValue('limit'), '50', 'Limit defaults to 50');
		assert.equal(await e.byId('parameter-input-returnAll').locator('input').first().isChecked(), false, 'Return All is off');

		// A new API key credential pointing at the sandbox, made in the credential modal; n8n tests it on save.
		await e.chooseCredential('new');
		const modal = e.byId('editCredential-modal');
		await modal.waitFor();
		await e.pickOption('environment', 'Custom');
		await modal.getByTestId('parameter-input-baseUrl').locator('input').fill(sb.url);
		await modal.getByTestId('parameter-input-apiKey').locator('input').fill(sb.fixtures.apiKey);
		await e.screenshot('credential-api-key', { mask: [modal.getByTestId('parameter-input-baseUrl')], scrollTop: modal });
		await modal.getByTestId('credential-save-button').click();
		// n8n tests the credential on save (Factorial's api_public/credentials) and closes the modal when it passes.
		await modal.waitFor({ state: 'hidden', timeout: 30000 }).catch(async () => {
			throw new Error(`the credential modal stayed open after Save: ${(await modal.innerText()).slice(0, 500)}`);
		});
		assert.match(await e.credentialShown(), /Factorial/, 'the node uses the new credential');

		// The operation list a user reads.
		// n8n appends its own "Custom API Call" entry (pointing to the HTTP Request node) to every operation list.
		const operations = (await e.optionsOf('operation')).filter((o) => o.name !== 'Custom API Call');
		const names = operations.map((o) => o.name);
		assert.ok(names.includes('Get Many') && names.includes('Create'), `the operations: ${names.join(', ')}`);
		assert.deepEqual(names, [...names].sort(), 'operations in alphabetical order');
		for (const o of operations) {
			assert.ok(o.description && !JARGON.test(o.description), `operation "${o.name}" has a plain description: "${o.description}"`);
		}
		await e.screenshot('operations');
		await e.closeDropdown();

		// Execute step: the seeded employees in the output panel.
		const mark = await sb.control.mark();
		await e.executeStep();
		const count = await e.waitForOutput();
		assert.equal(count, '50 items', 'Limit 50 gives 50 items');
		const shown = await e.outputColumn('full_name');
		const employees = await seededEmployees(sb);
		assert.ok(shown.length >= 10, `the table shows employees: ${shown.length}`);
		assert.deepEqual(shown, employees.slice(0, shown.length).map((x) => x.full_name), 'the output shows the sandbox employees, in order');
		const calls = (await sb.control.log(mark)).filter((x) => x.path.includes('/employees/employees'));
		assert.ok(calls.length >= 1 && calls.every((x) => x.method === 'GET' && x.auth.kind === 'api_key'), 'Get Many went to the sandbox with the API key');
		await e.closeToasts();
		await e.screenshot('output');
		notes.push(`output: ${count}, ${shown.length} names match the sandbox`);

		// The canvas: icon and subtitle, light then dark theme.
		await e.closeNodePanel();
		const node = e.canvasNodes().first();
		assertIcons(await e.iconImages(node), 'factorial.svg', 'canvas (light)');
		assert.doesNotMatch(await node.innerText(), /^\s*\?\s*$/m, 'no "?" placeholder icon');
		const subtitle = await node.locator('[class*="subtitle"], [data-test-id="canvas-node-subtitle"]').first().innerText().catch(() => '');
		assert.equal(subtitle.trim(), 'Employee: Get Many', 'the canvas subtitle names resource and operation');
		await e.screenshot('canvas');
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.evaluate(() => localStorage.setItem('N8N_THEME', 'dark'));
		await page.reload();
		await e.canvasNodes().first().waitFor();
		await page.waitForFunction(() => [...document.querySelectorAll('[data-test-id="canvas-node"] img')].some((i) => i.src.endsWith('factorial.dark.svg') && i.complete));
		assertIcons(await e.iconImages(e.canvasNodes().first()), 'factorial.dark.svg', 'canvas (dark)');
		await e.screenshot('canvas-dark');
		await page.evaluate(() => localStorage.setItem('N8N_THEME', 'light'));
		await page.emulateMedia({ colorScheme: 'light' });
		await page.reload();
		await e.canvasNodes().first().waitFor();

		// The employee picker: search by name, pick, run.
		await e.canvasNodes().first().dblclick();
		await e.byId('ndv').waitFor();
		await e.pickOption('operation', 'Get');
		const query = 'Martín';
		const listed = await e.searchLocator('employeeId', query);
		const expected = employees.filter((x) => fold(x.full_name).includes(fold(query))).map((x) => `${x.full_name} (${x.login_email})`);
		assert.ok(expected.length > 1, 'the sandbox has several matching employees');
		assert.deepEqual(listed.map((s) => s.trim()), expected, `the picker lists exactly the employees whose name contains "${query}"`);
		const chosen = employees.find((x) => `${x.full_name} (${x.login_email})` === expected[1]);
		await e.pickLocatorItem(expected[1]);
		await e.executeStep();
		assert.equal(await e.waitForOutput(), '1 item');
		assert.deepEqual(await e.outputColumn('id'), [String(chosen.id)], 'Get returns the employee picked by name');
		await e.closeToasts();
		notes.push(`picker "${query}": ${listed.length} employees`);

		// Create with Last Name left empty: n8n names the issue and sends nothing.
		await e.pickOption('operation', 'Create');
		await e.searchLocator('companyId', '');
		await e.byId('rlc-item').first().click();
		await e.fill('firstName', 'Ada');
		await e.fill('email', 'ada.lovelace@sandbox-labs.example');
		const before = await sb.control.mark();
		await e.executeStep();
		const toast = page.locator('.el-notification:visible').filter({ hasText: 'issues' });
		await toast.first().waitFor();
		const text = await toast.first().innerText();
		assert.match(text, /Parameter "Last Name" is required/, `the toast names the empty field: ${text}`);
		assert.doesNotMatch(text, /First Name|Email|Company/, 'and only that one');
		const issues = e.byId('parameter-issues');
		assert.equal(await issues.count(), 1, 'one field shows an issue');
		const lastNameItem = page.locator('[data-test-id="parameter-item"]').filter({ has: e.byId('parameter-input-lastName') }).last();
		assert.equal(await lastNameItem.getByTestId('parameter-issues').count(), 1, 'the Last Name field shows it');
		const sent = (await sb.control.log(before)).filter((x) => x.method === 'POST');
		assert.deepEqual(sent, [], 'nothing was sent to Factorial');
		await e.closeToasts();
		await e.closeNodePanel();
		notes.push('Create without Last Name stopped by n8n');
		return notes.join('; ');
	},
};
