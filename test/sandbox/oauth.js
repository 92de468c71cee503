'use strict';
// OAuth2 authorization-code flow and credential registry, per Factorial's OAuth guide (api-guides/oauth in its public SDK repository):
// codes are single-use (~10 min), every refresh rotates the refresh token (the used one dies),
// user access tokens expire after accessTokenTtlSec, company tokens never expire, API keys never do.

const CODE_TTL_MS = 10 * 60 * 1000;
const REFRESH_TTL_MS = 7 * 24 * 3600 * 1000; // "The refresh access token will last 1 week."
const DEFAULT_SCOPE = 'read write'; // the documented sample response

class OAuthRegistry {
	constructor({ secrets, options, stats, ownerEmployeeId }) {
		this.secrets = secrets;
		this.ownerEmployeeId = ownerEmployeeId; // whose user tokens the authorize step hands out
		this.options = options; // live: configure() changes the TTL of tokens issued afterwards
		this.stats = stats;
		this.clients = new Map();
		this.apiKeys = new Map();
		this.codes = new Map();
		this.accessTokens = new Map();
		this.refreshTokens = new Map();
		this.lineages = { user: 0, company: 0 };
		this.authorizeRequests = [];
		this.issued = [];
		this.refreshTokensUsed = 0;
	}

	addApiKey(key = `sbx-secret-apikey-${this.secrets.next('apikey', 32)}`) {
		const credentialId = `apikey-${this.apiKeys.size + 1}`;
		this.apiKeys.set(key, { credentialId });
		return { apiKey: key, credentialId };
	}

	addClient(redirectUris, ids = {}) {
		const client = {
			clientId: ids.clientId || `sbx-client-${this.secrets.next('client-id', 16)}`,
			clientSecret: ids.clientSecret || `sbx-secret-client-${this.secrets.next('client-secret', 32)}`,
			redirectUris: [...redirectUris],
		};
		this.clients.set(client.clientId, client);
		return { ...client, redirectUris: [...client.redirectUris] };
	}

	// kind: 'user' | 'company'. A lineage is one grant and every token refreshed from it; it is the
	// credential id used for the POST window and reported by api_public/credentials.
	startLineage(kind, clientId, scope, employeeId) {
		const n = ++this.lineages[kind];
		return { credentialId: `${kind === 'user' ? 'access' : 'company'}-${n}`, kind, clientId, scope, employeeId };
	}

	issue(lineage, grantType, fixed = {}) {
		const now = Date.now();
		const user = lineage.kind === 'user';
		const ttlSec = this.options.accessTokenTtlSec;
		const accessToken = fixed.accessToken || `sbx-secret-${user ? 'at' : 'ct'}-${this.secrets.next('access', 40)}`;
		const refreshToken = fixed.refreshToken || `sbx-secret-rt-${this.secrets.next('refresh', 40)}`;
		this.accessTokens.set(accessToken, { lineage, expiresAt: user ? now + ttlSec * 1000 : null });
		this.refreshTokens.set(refreshToken, { lineage, expiresAt: now + REFRESH_TTL_MS, used: false });
		this.issued.push({ kind: lineage.kind, client_id: lineage.clientId, at: new Date(now).toISOString(), grant_type: grantType, credentialId: lineage.credentialId });
		const response = { access_token: accessToken, token_type: 'Bearer' };
		if (user) response.expires_in = ttlSec;
		return { ...response, refresh_token: refreshToken, scope: lineage.scope, created_at: Math.floor(now / 1000) };
	}

	expireUserTokens() {
		const now = Date.now();
		let count = 0;
		for (const token of this.accessTokens.values()) {
			if (token.lineage.kind === 'user' && token.expiresAt > now) {
				token.expiresAt = now;
				count++;
			}
		}
		return count;
	}

	// → { principal, error } ; principal.kind is 'api_key' | 'user' | 'company' | 'none'.
	authenticate(headers) {
		const apiKey = headers['x-api-key'];
		// The legacy spec says an API key overrules an OAuth token when both are sent.
		if (apiKey !== undefined) {
			const key = this.apiKeys.get(String(apiKey));
			if (!key) return { principal: { kind: 'none', credentialId: null }, error: 'Invalid API key' };
			return { principal: { kind: 'api_key', credentialId: key.credentialId } };
		}
		const match = /^Bearer\s+(.+)$/i.exec(headers.authorization || '');
		if (!match) return { principal: { kind: 'none', credentialId: null }, error: 'Missing credentials' };
		const token = this.accessTokens.get(match[1].trim());
		if (!token) return { principal: { kind: 'none', credentialId: null }, error: 'Invalid access token' };
		const { lineage } = token;
		const principal = { kind: lineage.kind, credentialId: lineage.credentialId, employeeId: lineage.employeeId };
		if (token.expiresAt !== null && Date.now() >= token.expiresAt) return { principal, error: 'The access token expired' };
		return { principal };
	}

	// GET /oauth/authorize: approves at once. → { status, headers?, body }
	authorize(query) {
		const record = { query: { ...query }, at: new Date().toISOString(), outcome: null };
		this.authorizeRequests.push(record);
		const client = this.clients.get(query.client_id);
		const fail = (why) => {
			record.outcome = why;
			return { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><title>OAuth error</title><h1>${why}</h1>` };
		};
		if (!client) return fail('invalid_client: unknown client_id');
		if (!query.redirect_uri || !client.redirectUris.includes(query.redirect_uri)) return fail('invalid_redirect_uri: redirect_uri does not match the application');
		if (query.response_type !== 'code') return fail('unsupported_response_type: response_type must be code');
		const code = `sbx-secret-code-${this.secrets.next('code', 32)}`;
		this.codes.set(code, {
			clientId: client.clientId,
			redirectUri: query.redirect_uri,
			scope: query.scope || DEFAULT_SCOPE,
			kind: query.resource_owner_type === 'company' ? 'company' : 'user',
			expiresAt: Date.now() + CODE_TTL_MS,
			used: false,
		});
		const target = new URL(query.redirect_uri);
		target.searchParams.set('code', code);
		if (query.state !== undefined) target.searchParams.set('state', query.state);
		record.outcome = 'code_issued';
		return { status: 302, headers: { location: target.toString() }, body: '' };
	}

	// POST /oauth/token. params: merged query + body; basic: [id, secret] from HTTP Basic or null.
	token(params, basic) {
		const clientId = basic ? basic[0] : params.client_id;
		const clientSecret = basic ? basic[1] : params.client_secret;
		const client = this.clients.get(clientId);
		if (!client || client.clientSecret !== clientSecret) {
			if (params.grant_type === 'refresh_token') this.stats.refreshes.rejected++;
			return oauthError(401, 'invalid_client', 'Client authentication failed');
		}
		if (params.grant_type === 'authorization_code') return this.exchangeCode(client, params);
		if (params.grant_type === 'refresh_token') return this.refresh(client, params);
		if (!params.grant_type) return oauthError(400, 'invalid_request', 'grant_type is missing');
		return oauthError(400, 'unsupported_grant_type', `grant_type ${params.grant_type} is not supported`);
	}

	exchangeCode(client, params) {
		const code = this.codes.get(params.code);
		if (!code || code.used || code.clientId !== client.clientId || Date.now() >= code.expiresAt) {
			return oauthError(400, 'invalid_grant', 'The authorization code is invalid, expired, used or issued to another client');
		}
		if (params.redirect_uri !== code.redirectUri) return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
		code.used = true;
		const lineage = this.startLineage(code.kind, client.clientId, code.scope, code.kind === 'user' ? this.ownerEmployeeId : null);
		return { status: 200, body: this.issue(lineage, 'authorization_code') };
	}

	refresh(client, params) {
		const token = this.refreshTokens.get(params.refresh_token);
		if (!token || token.used || token.lineage.clientId !== client.clientId || Date.now() >= token.expiresAt) {
			this.stats.refreshes.rejected++;
			return oauthError(400, 'invalid_grant', 'The refresh token is invalid, expired, revoked or was already used');
		}
		token.used = true;
		this.refreshTokensUsed++;
		this.stats.refreshes.ok++;
		return { status: 200, body: this.issue(token.lineage, 'refresh_token') };
	}

	summary() {
		return { authorizeRequests: this.authorizeRequests, issued: this.issued, refreshTokensUsed: this.refreshTokensUsed };
	}
}

const oauthError = (status, error, description) => ({ status, body: { error, error_description: description } });

module.exports = { OAuthRegistry };
