'use strict';
// Factorial API 2026-10-01 sandbox. See CONTRACT.md for the behaviour and README.md for the choices
// made where the facts are silent.
const http = require('node:http');
const { resolveOptions, checkRuntime, RUNTIME_KEYS } = require('./options');
const { secretFactory } = require('./prng');
const { Store } = require('./store');
const { createEngine } = require('./engine');
const { createGeneric } = require('./generic');
const { createAllowanceStats } = require('./allowance-stats');
const { withExpensableActions } = require('./expensable-actions');
const { OAuthRegistry } = require('./oauth');
const { PostWindow } = require('./ratelimit');
const { Faults } = require('./faults');
const { WriteLedger } = require('./writes');
const { RequestLog } = require('./request-log');
const { createHandler } = require('./server');
const { Webhooks } = require('./webhooks');
const { FileStore, createFileHandler } = require('./files');
const resources = require('./resources');

function buildFixtures(secrets) {
	return {
		companyId: '9001',
		legalEntityId: '31', // first id of the legal_entities entry
		employeeId: '1', // owner of the user tokens; seeded active and with direct reports
		apiKey: `sbx-secret-apikey-${secrets.fixed('apikey')}`,
		oauth: {
			clientId: `sbx-client-${secrets.fixed('client-id', 16)}`,
			clientSecret: `sbx-secret-client-${secrets.fixed('client-secret')}`,
		},
	};
}

function createState(options) {
	const secrets = secretFactory(options.seed);
	const fixtures = buildFixtures(secrets);
	const stats = { requests: 0, statuses: {}, refreshes: { ok: 0, rejected: 0 }, internalErrors: 0, inFlight: 0, maxInFlight: 0, connections: 0 };
	const state = {
		options,
		fixtures,
		stats,
		store: new Store(),
		oauth: new OAuthRegistry({ secrets, options, stats, ownerEmployeeId: fixtures.employeeId }),
		postWindow: new PostWindow(options),
		faults: new Faults(options.faults, options.seed),
		writes: new WriteLedger(),
		log: new RequestLog(options.logLimit),
		timers: new Set(),
	};
	state.files = new FileStore(options);
	state.engine = createEngine(resources, { store: state.store, fixtures, options, files: state.files });
	state.engine.seed();
	const generic = createGeneric({ store: state.store, fixtures, options }, new Set(state.engine.entries.map((e) => e.path)));
	// Balances computed from allowances and leaves (allowance-stats.js) answer before the generic layer.
	const allowanceStats = createAllowanceStats({ store: state.store });
	// Expensables set to paid are marked paid (expensable-actions.js).
	const genericHandle = withExpensableActions(generic.handle, state.store);
	state.generic = { ...generic, handle: (request) => allowanceStats.handle(request) || genericHandle(request) };
	state.webhooks = new Webhooks(state.store);

	state.oauth.addApiKey(fixtures.apiKey);
	const client = state.oauth.addClient(options.redirectUris, fixtures.oauth);
	fixtures.oauth.redirectUris = client.redirectUris;
	const userLineage = state.oauth.startLineage('user', client.clientId, 'read write', fixtures.employeeId);
	fixtures.userToken = state.oauth.issue(userLineage, 'fixture', {
		accessToken: `sbx-secret-at-${secrets.fixed('user-access', 40)}`,
		refreshToken: `sbx-secret-rt-${secrets.fixed('user-refresh', 40)}`,
	});
	const companyLineage = state.oauth.startLineage('company', client.clientId, 'read write', null);
	const company = state.oauth.issue(companyLineage, 'fixture', {
		accessToken: `sbx-secret-ct-${secrets.fixed('company-access', 40)}`,
		refreshToken: `sbx-secret-rt-${secrets.fixed('company-refresh', 40)}`,
	});
	fixtures.companyToken = { access_token: company.access_token, token_type: company.token_type, refresh_token: company.refresh_token };
	// The fixture tokens are handed out, not requested: keep them out of the "issued" record.
	state.oauth.issued.length = 0;
	fixtures.credentialIds = { apiKey: 'apikey-1', userToken: userLineage.credentialId, companyToken: companyLineage.credentialId };
	return state;
}

async function startSandbox(input = {}) {
	const options = resolveOptions(input);
	const state = createState(options);
	const server = http.createServer(createHandler(state));
	// Document download URLs point here: another origin than the API, as a storage host would be.
	const fileServer = http.createServer(createFileHandler(state));
	// TCP connections accepted: shows whether a client reuses connections (keep-alive) or opens one per request.
	server.on('connection', () => state.stats.connections++);
	// Longer than any client's idle keep-alive (Node's agent uses 5 s), so the client always closes
	// first and never reuses a socket the server is closing (a spurious ECONNRESET in e2e runs).
	server.keepAliveTimeout = 65000;
	server.headersTimeout = 66000;

	const sandbox = {
		url: null,
		fixtures: state.fixtures,
		state,
		config: () => Object.fromEntries(RUNTIME_KEYS.map((k) => [k, options[k]])),
		configure(changes = {}) {
			const values = checkRuntime({ ...changes });
			Object.assign(options, values);
			if ('faults' in values) state.faults.configure(values.faults);
			return sandbox.config();
		},
		createApiKey: () => state.oauth.addApiKey(),
		createOAuthClient: ({ redirectUris = options.redirectUris } = {}) => {
			if (!Array.isArray(redirectUris) || !redirectUris.every((u) => typeof u === 'string')) {
				throw new TypeError('redirectUris must be an array of strings');
			}
			return state.oauth.addClient(redirectUris);
		},
		expireTokens: () => state.oauth.expireUserTokens(),
		// Rows of a collection by entry name ("employees") or path ("employees/employees"); any other
		// catalogued "namespace/resource" gives the generic layer's rows.
		records(nameOrPath) {
			const entry = state.engine.entryFor(nameOrPath);
			if (!entry) return state.generic.records(nameOrPath);
			if (entry.records) return null;
			return state.store.get(entry.name).all();
		},
		resetStats() {
			state.stats.requests = 0;
			state.stats.statuses = {};
			state.stats.refreshes.ok = 0;
			state.stats.refreshes.rejected = 0;
			state.stats.internalErrors = 0;
			state.stats.maxInFlight = state.stats.inFlight;
			state.stats.connections = 0;
			state.postWindow.reset();
			state.faults.resetCounts();
			state.writes.reset();
		},
		close() {
			for (const timer of state.timers) clearTimeout(timer);
			state.webhooks.abortAll();
			state.timers.clear();
			const closing = (srv) =>
				new Promise((resolve) => {
					srv.close(() => resolve());
					srv.closeAllConnections();
				});
			return Promise.all([closing(server), closing(fileServer)]).then(() => undefined);
		},
	};
	state.sandbox = sandbox;

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	await new Promise((resolve, reject) => {
		fileServer.once('error', reject);
		fileServer.listen(0, '127.0.0.1', () => {
			fileServer.off('error', reject);
			resolve();
		});
	});
	sandbox.filesUrl = `http://127.0.0.1:${fileServer.address().port}`;
	state.files.baseUrl = sandbox.filesUrl;
	sandbox.url = `http://127.0.0.1:${server.address().port}`;
	sandbox.port = server.address().port;
	sandbox.server = server;
	return sandbox;
}

module.exports = { startSandbox };
