'use strict';
// Drives a real n8n (the cached N8N_VERSION on Node 24) through its own CLI and REST API, with this package
// installed from its packed tarball into a fresh user folder. Every n8n process is tracked by ./proc and
// killed with us; everything n8n prints is appended to one file so the suite can scan it for secrets.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureN8n, cacheRoot } = require('./n8n-install');
const { installInto, PACKAGE_NAME } = require('./pack');
const proc = require('./proc');
const { findRunJson } = require('./run-data');

const ENCRYPTION_KEY = 'n8n-nodes-factorial-e2e-fixed-key'; // fixed so a kept user folder stays readable
// How n8n 2.39 words a package it could not load (load-nodes-and-credentials.ts, community packages),
// or a type it then does not know. Not any line with "error": a failed workflow run names our node type.
const LOAD_FAILURE = /fail(ed)? to (load|install|reinstall)|error loading|could not (be )?load|cannot find module|unrecognized (node|credential) type|is not a known/i;
const OWNER = { email: 'owner@example.com', firstName: 'E2E', lastName: 'Owner', password: 'E2e-Passw0rd!' };

class N8n {
	/**
	 * Makes (or reuses, when `userFolder` is given) an n8n user folder and installs the packed package
	 * into it. `logLevel` is n8n's N8N_LOG_LEVEL; debug by default so the leak scan sees the most.
	 */
	static async create({ userFolder, logLevel = 'debug', install = true } = {}) {
		const n8n = ensureN8n();
		const folder = userFolder || fs.mkdtempSync(path.join(os.tmpdir(), 'factorial-n8n-'));
		fs.mkdirSync(path.join(folder, 'logs'), { recursive: true });
		const self = new N8n(n8n, folder, logLevel);
		try {
			if (install) self.packageDir = await installInto(folder, n8n.env);
		} catch (error) {
			if (!userFolder) fs.rmSync(folder, { recursive: true, force: true });
			throw error;
		}
		return self;
	}

	constructor({ nodeBin, n8nBin, env }, userFolder, logLevel) {
		this.nodeBin = nodeBin;
		this.n8nBin = n8nBin;
		this.userFolder = userFolder;
		this.logFile = path.join(userFolder, 'logs', 'n8n.log'); // n8n's own file logger
		this.outputFile = path.join(userFolder, 'logs', 'output.log'); // every byte any n8n child printed
		this.env = {
			...env,
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_RUNNERS_ENABLED: 'false', // n8n 2.x still starts its runner; harmless, kept as documented
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1', // OAuth redirect_uri is built from this; 'localhost' may resolve to ::1
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_OUTPUT: 'console,file',
			N8N_LOG_FILE_LOCATION: this.logFile,
			N8N_LOG_LEVEL: logLevel,
			N8N_LOG_FORMAT: 'text',
			NO_COLOR: '1', // plain text to parse and scan
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		};
		this.server = null;
		this.cookie = null;
		this.timings = []; // [{ what, ms }] for the report
	}

	record(header, text) {
		fs.appendFileSync(this.outputFile, header ? `\n===== ${header}\n${text}` : text);
	}

	/**
	 * Runs one n8n CLI command to its end. Every process gets its own task-broker port: n8n 2.x always
	 * starts a task runner, and two runs on the default 5679 (ours, or another n8n on this machine) clash.
	 */
	async cli(args, { timeoutMs = 180000, allowFailure = false } = {}) {
		const env = { ...this.env, N8N_RUNNERS_BROKER_PORT: String(await proc.freePort()) };
		this.record(`n8n ${args.join(' ')}`, '');
		const r = await proc.run(this.nodeBin, [this.n8nBin, ...args], {
			env,
			cwd: this.userFolder,
			timeoutMs,
			onOutput: (text) => this.record(null, text),
		});
		this.timings.push({ what: `n8n ${args[0]}`, ms: r.ms });
		this.assertPackageLoaded(r.stdout + r.stderr);
		if (r.code !== 0 && !allowFailure) {
			throw new Error(`n8n ${args.join(' ')} exited ${r.code}:\n${proc.tail(r.stdout + r.stderr)}`);
		}
		return r;
	}

	/**
	 * Fails loudly when n8n could not load this package (it would otherwise just lack the node type).
	 * The n8n cache folder is named after the package too, so its path is blanked out first, and stack
	 * frames are skipped: only a message line that names the package and a failure counts.
	 */
	assertPackageLoaded(output) {
		const bad = output
			.split(cacheRoot())
			.join('<n8n cache>')
			.split('\n')
			.filter((line) => line.includes(PACKAGE_NAME) && !/^\s*at /.test(line))
			.filter((line) => LOAD_FAILURE.test(line));
		if (bad.length) throw new Error(`n8n reported a problem loading ${PACKAGE_NAME}:\n${bad.join('\n')}`);
	}

	writeJson(name, value) {
		const file = path.join(this.userFolder, `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
		fs.writeFileSync(file, JSON.stringify(value, null, 2));
		return file;
	}

	/** Credentials whose `data` is a plain object; n8n encrypts them on import. Same id = replaced. */
	async importCredentials(credentials) {
		const file = this.writeJson('credentials', credentials);
		try {
			await this.cli(['import:credentials', `--input=${file}`]);
		} finally {
			fs.rmSync(file, { force: true }); // it holds secrets in clear text
		}
	}

	async importWorkflows(workflows) {
		const file = this.writeJson('workflows', workflows);
		await this.cli(['import:workflow', `--input=${file}`]);
		fs.rmSync(file, { force: true });
	}

	/**
	 * `n8n execute --id=<id> --rawOutput`. Resolves to the run (IRun: { status, data: { resultData } })
	 * whether the workflow succeeded or failed; `stdout` is kept for the leak scan.
	 */
	async execute(id, { timeoutMs = 180000 } = {}) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs, allowFailure: true });
		const run = findRunJson(r.stdout) || findRunJson(r.stdout + r.stderr);
		if (!run) throw new Error(`n8n execute --id=${id} printed no run JSON (exit ${r.code}):\n${proc.tail(r.stdout + r.stderr)}`);
		// cli() already failed for our own types; this names a missing n8n-nodes-base type in a workflow.
		if (/Unrecognized node type/i.test(r.stdout + r.stderr)) {
			throw new Error(`n8n does not know a node type used by workflow ${id}:\n${proc.tail(r.stdout + r.stderr)}`);
		}
		return { run, stdout: r.stdout, stderr: r.stderr, code: r.code, ms: r.ms };
	}

	/** What n8n stored, decrypted (e.g. the rotated refresh token). Not copied into the output log. */
	async exportCredentials() {
		const file = path.join(this.userFolder, `export-${Date.now()}.json`);
		await this.cli(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
		try {
			return JSON.parse(fs.readFileSync(file, 'utf8'));
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/** `n8n start` on a free port; resolves once the REST API answers (not merely /healthz). */
	async start({ port, timeoutMs = 120000 } = {}) {
		if (this.server) throw new Error('n8n is already started');
		this.port = port || (await proc.freePort());
		this.baseUrl = `http://127.0.0.1:${this.port}`;
		const env = { ...this.env, N8N_PORT: String(this.port), N8N_RUNNERS_BROKER_PORT: String(await proc.freePort()) };
		let output = '';
		const started = Date.now();
		this.record('n8n start', '');
		const child = proc.spawnTracked(this.nodeBin, [this.n8nBin, 'start'], {
			env,
			cwd: this.userFolder,
			onOutput: (text) => {
				output += text;
				this.record(null, text);
			},
		});
		this.server = child;
		let exited = false;
		child.exited.then(() => (exited = true));
		try {
			// /rest answers 404 until the "Editor is now accessible" line, even when /healthz is ok; an owner
			// set up before /healthz/readiness is silently lost (seen when driving the editor in Chromium).
			while (!(output.includes('Editor is now accessible via') && (await this.ready()))) {
				if (exited) throw new Error(`n8n start exited early:\n${proc.tail(output)}`);
				if (Date.now() - started > timeoutMs) throw new Error(`n8n start not ready after ${timeoutMs} ms:\n${proc.tail(output)}`);
				this.assertPackageLoaded(output);
				await new Promise((r) => setTimeout(r, 250));
			}
			this.assertPackageLoaded(output);
		} catch (error) {
			await this.stop();
			throw error;
		}
		this.timings.push({ what: 'n8n start (ready)', ms: Date.now() - started });
		return this.baseUrl;
	}

	async ready() {
		try {
			const res = await fetch(`${this.baseUrl}/healthz/readiness`);
			return res.status === 200;
		} catch {
			return false;
		}
	}

	async stop() {
		const child = this.server;
		this.server = null;
		this.cookie = null;
		await proc.stop(child);
	}

	/** JSON request to n8n's REST API with the session cookie. */
	async rest(method, urlPath, body) {
		const res = await fetch(`${this.baseUrl}${urlPath}`, {
			method,
			headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
			redirect: 'manual',
		});
		const text = await res.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: res.status, headers: res.headers, text, json };
	}

	/** Sets up the owner (first start of a user folder only) and logs in; keeps the n8n-auth cookie. */
	async login(owner = OWNER) {
		const setup = await this.rest('POST', '/rest/owner/setup', owner);
		// 400 "Instance owner already setup" on a reused folder is fine; anything else is not.
		if (setup.status !== 200 && !/already/i.test(setup.text)) {
			throw new Error(`owner setup failed: ${setup.status} ${setup.text.slice(0, 300)}`);
		}
		const login = await this.rest('POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
		const cookie = (login.headers.getSetCookie ? login.headers.getSetCookie() : [])
			.map((c) => c.split(';')[0])
			.find((c) => c.startsWith('n8n-auth='));
		if (login.status !== 200 || !cookie) throw new Error(`login failed: ${login.status} ${login.text.slice(0, 300)}`);
		this.cookie = cookie;
		return owner;
	}

	/** The authorize URL n8n's "Connect" button would open for this OAuth2 credential. */
	async oauthAuthorizeUrl(credentialId) {
		const r = await this.rest('GET', `/rest/oauth2-credential/auth?id=${encodeURIComponent(credentialId)}`);
		if (r.status !== 200 || typeof r.json?.data !== 'string') {
			throw new Error(`GET /rest/oauth2-credential/auth?id=${credentialId}: ${r.status} ${r.text.slice(0, 300)}`);
		}
		return r.json.data;
	}

	/**
	 * Plays the browser's part after "Connect": opens the authorize URL at the authorization server (the
	 * sandbox approves at once and 302s to n8n's callback), then calls that callback with our cookie.
	 */
	async completeOAuth(authorizeUrl) {
		const approve = await fetch(authorizeUrl, { redirect: 'manual' });
		const location = approve.headers.get('location');
		if (approve.status !== 302 || !location) {
			throw new Error(`authorize URL answered ${approve.status} without a redirect: ${(await approve.text()).slice(0, 300)}`);
		}
		const callback = new URL(location);
		if (!callback.pathname.endsWith('/rest/oauth2-credential/callback')) throw new Error(`unexpected redirect: ${location}`);
		const r = await this.rest('GET', `${callback.pathname}${callback.search}`);
		const ok = r.status === 200 && r.text.includes('Connection successful');
		if (!ok) throw new Error(`OAuth callback failed: ${r.status} ${r.text.replace(/\s+/g, ' ').slice(0, 500)}`);
		return { callback: location };
	}

	/** Everything n8n printed plus its own log file: what the leak scan reads. */
	allLogText() {
		const read = (f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
		return `${read(this.outputFile)}\n${read(this.logFile)}`;
	}

	async dispose({ keep = false } = {}) {
		await this.stop();
		if (!keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

module.exports = { N8n, OWNER, ENCRYPTION_KEY };
