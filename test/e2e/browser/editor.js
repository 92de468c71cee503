'use strict';
// The n8n editor as a user drives it: only what is on screen (test ids n8n itself puts on its elements,
// visible texts), never n8n's REST API. Each method is one thing a user does or reads.
const fs = require('node:fs');
const path = require('node:path');

const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'images');
const NODE_TYPE = 'n8n-nodes-factorial.factorial';

class Editor {
	constructor(page, baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

	byId(id) {
		return this.page.getByTestId(id);
	}

	/** The sign-in form, as a user fills it. */
	async signIn({ email, password }) {
		await this.page.goto(`${this.baseUrl}/signin`);
		await this.page.locator('input[name=emailOrLdapLoginId]').fill(email);
		await this.page.locator('input[name=password]').fill(password);
		await this.byId('form-submit-button').click();
		await this.page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30000 });
	}

	async newWorkflow() {
		await this.page.goto(`${this.baseUrl}/workflow/new`);
		await this.byId('canvas-add-button').waitFor();
	}

	/** Opens the nodes panel and searches; resolves to the names listed once `expect` is among them. */
	async searchNodes(text, expect = text) {
		const add = this.byId('canvas-add-button');
		if (await add.isVisible()) await add.click();
		else await this.byId('node-creator-plus-button').click();
		await this.byId('node-creator-search-bar').fill(text);
		await this.byId('node-creator-item-name').filter({ hasText: expect }).first().waitFor({ timeout: 10000 }).catch(() => {});
		return this.byId('node-creator-item-name').allTextContents();
	}

	/** Clicks a node listed by searchNodes: n8n shows its details and the list of its actions. */
	async openNodeInPanel(name) {
		await this.byId('node-creator-item-name').filter({ hasText: new RegExp(`^${name}$`) }).first().click();
		await this.byId('node-creator').getByText(/^Actions \(\d+\)$/).waitFor();
		// With the Factorial Trigger installed, n8n lists its events (137) first and folds the actions away;
		// a user folds the events and unfolds the actions with their headings.
		const creator = this.byId('node-creator');
		const items = creator.getByTestId('item-iterator-item');
		if ((await items.filter({ hasText: /^\s*On / }).count()) > 0) {
			await creator.getByText(/^Triggers \(\d+\)$/).click();
			await items.filter({ hasText: /^\s*On / }).first().waitFor({ state: 'detached', timeout: 5000 });
		}
		if ((await items.count()) === 0) await creator.getByText(/^Actions \(\d+\)$/).click();
		await items.first().waitFor();
	}

	/** Scrolls the panel's list (it renders only what is in view) by `dy` pixels, as a mouse wheel does. */
	async scrollPanel(dy) {
		await this.byId('node-creator').getByTestId('item-iterator-item').first().hover();
		await this.page.mouse.wheel(0, dy);
		await this.page.waitForTimeout(100);
	}

	/** The texts of all entries (e.g. "Get many employees") the panel lists for the open node, read while scrolling through. */
	async panelActions() {
		const items = this.byId('node-creator').getByTestId('item-iterator-item');
		const seen = [];
		for (let unchanged = 0, i = 0; unchanged < 2 && i < 80; i++) {
			const before = seen.length;
			for (const text of await items.allInnerTexts()) if (!seen.includes(text)) seen.push(text);
			unchanged = seen.length === before ? unchanged + 1 : 0;
			await this.scrollPanel(600);
		}
		await this.scrollPanel(-100000);
		return seen;
	}

	/** An entry of the panel's list, scrolled into the rendered part. */
	async panelItem(text) {
		const item = this.byId('node-creator').getByTestId('item-iterator-item').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });
		for (let i = 0; i < 80 && (await item.count()) === 0; i++) await this.scrollPanel(400);
		return item.first();
	}

	/** Clicks an action; n8n adds the node (and a manual trigger on an empty canvas) and opens its panel. */
	async addAction(actionText) {
		await (await this.panelItem(actionText)).click();
		await this.byId('ndv').waitFor();
	}

	/** Every <img> n8n rendered for our node type inside `scope`: src and whether the browser decoded it. */
	async iconImages(scope) {
		return scope.locator('img').evaluateAll((images) =>
			images.map((img) => ({ src: img.currentSrc || img.src, complete: img.complete, width: img.naturalWidth, height: img.naturalHeight })),
		);
	}

	canvasNodes() {
		return this.page.locator(`[data-test-id="canvas-node"][data-node-type="${NODE_TYPE}"]`);
	}

	/** Picks an option of an n8n dropdown parameter by its visible name. */
	async pickOption(parameter, optionName) {
		await this.byId(`parameter-input-${parameter}`).click();
		const option = this.page.locator('.el-select-dropdown__item:visible').filter({ has: this.page.getByText(optionName, { exact: true }) });
		await option.first().click();
	}

	/** The options a dropdown parameter lists (open, read, closed again); [{ name, description }]. */
	async optionsOf(parameter) {
		await this.byId(`parameter-input-${parameter}`).click();
		const items = this.page.locator('.el-select-dropdown__item:visible');
		await items.first().waitFor();
		const texts = await items.allInnerTexts();
		return texts.map((t) => {
			const [name, ...rest] = t.split('\n').map((s) => s.trim()).filter(Boolean);
			return { name, description: rest.join(' ') };
		});
	}

	async closeDropdown() {
		await this.page.keyboard.press('Escape');
		await this.page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' }).catch(() => {});
	}

	async fill(parameter, value) {
		await this.byId(`parameter-input-${parameter}`).locator('input, textarea').first().fill(value);
	}

	async parameterValue(parameter) {
		return this.byId(`parameter-input-${parameter}`).locator('input, textarea').first().inputValue();
	}

	/** The node's Credential: picks the entry whose text matches, or creates a new one ('new'). */
	async chooseCredential(nameOrNew) {
		const slot = this.byId('node-credentials-slot');
		if (nameOrNew === 'new' && !(await slot.getByTestId('node-credentials-select').isVisible())) {
			// No credential of this kind yet: n8n shows a single "Connect to Factorial" button instead.
			await slot.getByRole('button', { name: /connect to factorial/i }).click();
			return;
		}
		await this.byId('node-credentials-select').click();
		if (nameOrNew === 'new') await this.byId('node-credentials-select-item-new').click();
		else await this.page.locator('[data-test-id^="node-credentials-select-item-"]:visible').filter({ hasText: nameOrNew }).first().click();
	}

	async credentialShown() {
		return this.byId('node-credentials-select').locator('input').first().inputValue();
	}

	/** A resource locator in "From List" mode: opens it, types the search, returns the entries listed. */
	async searchLocator(parameter, text) {
		await this.byId(`resource-locator-${parameter}`).getByTestId('rlc-input').click();
		const search = this.page.locator('input[data-test-id="rlc-search"]:visible, [data-test-id="rlc-search"]:visible input').first();
		await search.fill(text);
		const items = this.byId('rlc-item');
		// The list first shows unfiltered entries; wait until every entry matches what the user typed.
		await this.page.waitForFunction(
			(needle) => {
				const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
				const names = [...document.querySelectorAll('[data-test-id="rlc-item"]')].map((e) => e.textContent || '');
				return names.length > 0 && names.every((n) => fold(n).includes(fold(needle)));
			},
			text,
			{ timeout: 15000 },
		);
		return items.allInnerTexts();
	}

	async pickLocatorItem(text) {
		await this.byId('rlc-item').filter({ hasText: text }).first().click();
	}

	async executeStep() {
		await this.byId('node-execute-button').click();
	}

	/** After Execute step: waits for a successful run in the output panel; returns the item count text. */
	async waitForOutput() {
		const output = this.byId('output-panel');
		await output.getByTestId('node-run-status-success').waitFor({ timeout: 60000 });
		return (await output.getByTestId('ndv-items-count').innerText()).trim();
	}

	/** Shows the output as a table and reads one column of the rows on screen (n8n pages 25 at a time). */
	async outputColumn(column) {
		const output = this.byId('output-panel');
		await output.getByTestId('radio-button-table').click();
		const table = output.locator('table').first();
		await table.waitFor();
		return table.evaluate((t, name) => {
			const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim());
			const index = headers.indexOf(name);
			if (index < 0) throw new Error(`no column ${name} in ${headers.join(', ')}`);
			return [...t.querySelectorAll('tbody tr')].map((tr) => (tr.children[index] ? tr.children[index].textContent.trim() : ''));
		}, column);
	}

	/** n8n's toasts currently shown, as text. */
	async toasts() {
		return this.page.locator('.el-notification:visible').allInnerTexts();
	}

	async closeToasts() {
		for (const close of await this.page.locator('.el-notification:visible .el-notification__closeBtn').all()) {
			await close.click().catch(() => {});
		}
		await this.page.locator('.el-notification:visible').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
	}

	async closeNodePanel() {
		await this.byId('ndv-close-button').click();
		await this.byId('ndv').waitFor({ state: 'hidden' });
	}

	/**
	 * Saves a screenshot to docs/images/<name>.png (the README's pictures). Fixed viewport, no animation,
	 * no caret; `mask` hides what changes from run to run (ports in URLs); `scrollTop` (a locator) is
	 * scrolled back to its top, the focus dropped and the pointer moved off it, as filling a field scrolls it a varying amount.
	 */
	async screenshot(name, { mask = [], clip, scrollTop } = {}) {
		fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
		if (scrollTop) {
			await this.page.mouse.move(1, 1); // onto the dialog's backdrop: no field shows its hover controls
			await scrollTop.evaluate((root) => {
				if (document.activeElement) document.activeElement.blur();
				for (const el of [root, ...root.querySelectorAll('*')]) if (el.scrollTop > 0) el.scrollTop = 0;
			});
		}
		const file = path.join(SCREENSHOT_DIR, `${name}.png`);
		await this.page.waitForLoadState('networkidle').catch(() => {});
		await this.page.screenshot({ path: file, animations: 'disabled', caret: 'hide', mask, maskColor: '#E4E4E7', ...(clip ? { clip } : {}) });
		return file;
	}
}

module.exports = { Editor, SCREENSHOT_DIR, NODE_TYPE };
