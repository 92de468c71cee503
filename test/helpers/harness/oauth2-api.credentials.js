'use strict';
// Stand-in for n8n's built-in `oAuth2Api` credential type (it lives in n8n-nodes-base, which
// is not installed). Package credentials say `extends: ['oAuth2Api']`; n8n merges these parent
// properties under the child's, and the child's (usually `hidden`) properties win.
//
// Written for the harness: only the fields n8n-core reads in
// execution-engine/node-execution-context/utils/request-helpers/oauth.js (createOAuth2Client,
// refreshOrFetchToken) and the CLI reads to build the authorize URL.
// NOT covered: dynamic client registration, PKCE specifics, client-certificate auth,
// additionalBodyProperties UI toggles: a package relying on those is not proven by the harness.
const oAuth2Api = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	properties: [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Client Credentials', value: 'clientCredentials' },
				{ name: 'PKCE', value: 'pkce' },
			],
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			displayOptions: { show: { grantType: ['authorizationCode', 'pkce'] } },
			default: '',
			required: true,
		},
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '', required: true },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '', required: true },
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'string',
			displayOptions: { show: { grantType: ['authorizationCode', 'pkce'] } },
			default: '',
		},
		{
			// 'header' = HTTP Basic client auth at the token endpoint, 'body' = client_id/secret in the form.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Body', value: 'body' },
				{ name: 'Header', value: 'header' },
			],
			default: 'header',
		},
		{ displayName: 'Ignore SSL Issues (Insecure)', name: 'ignoreSSLIssues', type: 'boolean', default: false },
	],
};

module.exports = { oAuth2Api };
