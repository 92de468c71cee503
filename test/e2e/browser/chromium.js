'use strict';
// Debian's Chromium driven by playwright-core (no browser download). A missing Chromium is a failure
// with instructions, never a skipped suite: `.ci/run` installs it, and a contributor must too.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium, selectors } = require('playwright-core');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function chromiumPath() {
	const found = CANDIDATES.find((p) => fs.existsSync(p));
	if (!found) {
		throw new Error(
			`The browser suite needs Chromium and found none at ${CANDIDATES.join(', ')}. ` +
				'Install it (Debian/Ubuntu: `apt-get update && apt-get install -y chromium fonts-liberation`) ' +
				'or point CHROMIUM_PATH at a Chromium binary.',
		);
	}
	return found;
}

let testIdSet = false;

/**
 * A fresh browser profile with a fixed viewport. Every host but this machine resolves to nothing, so the
 * editor's calls to the outside (version check, npm lookups) fail at once instead of waiting.
 */
async function launch({ viewport = { width: 1440, height: 900 }, colorScheme = 'light' } = {}) {
	if (!testIdSet) {
		selectors.setTestIdAttribute('data-test-id'); // n8n marks its elements with data-test-id
		testIdSet = true;
	}
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'factorial-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		viewport,
		deviceScaleFactor: 1,
		colorScheme,
		locale: 'en-US',
		timezoneId: 'UTC',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
		],
	});
	const close = async () => {
		await context.close().catch(() => {});
		fs.rmSync(profile, { recursive: true, force: true });
	};
	return { context, close };
}

module.exports = { launch, chromiumPath };
