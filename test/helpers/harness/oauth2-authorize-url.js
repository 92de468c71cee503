'use strict';
// The authorize URL n8n's editor opens on "Connect my account", built like the CLI's
// OauthService.generateAOauth2AuthUri: resolved credential data -> @n8n/client-oauth2
// ClientOAuth2 options (scopes split on ',', space separator unless the scope has commas,
// authQueryParameters parsed into extra query params) -> code.getUri().
// Not covered: PKCE challenge, dynamic client registration, the CSRF `state` format (pass your own).
const { parse } = require('node:querystring');
const { ClientOAuth2 } = require('@n8n/client-oauth2');

function buildOAuth2AuthorizeUrl(resolved, { redirectUri = 'http://localhost:5678/rest/oauth2-credential/callback', state = 'harness-state' } = {}) {
	const scope = resolved.scope ?? 'openid';
	const options = {
		clientId: resolved.clientId,
		clientSecret: resolved.clientSecret ?? '',
		accessTokenUri: resolved.accessTokenUrl ?? '',
		authorizationUri: resolved.authUrl ?? '',
		authentication: resolved.authentication ?? 'header',
		redirectUri,
		scopes: scope.split(','),
		scopesSeparator: scope.includes(',') ? ',' : ' ',
		state,
	};
	if (resolved.authQueryParameters) options.query = parse(resolved.authQueryParameters);
	return new ClientOAuth2(options).code.getUri();
}

module.exports = { buildOAuth2AuthorizeUrl };
