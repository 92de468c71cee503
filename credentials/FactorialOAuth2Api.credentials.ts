import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import { environmentProperties, expressionBaseUrl } from './FactorialEnvironment';

// Shared by the user and the company OAuth2 credentials: they differ only in the authorize
// parameters and the notice that explains which one to pick.
export function factorialOAuth2Properties(
	notice: string,
	authQueryParameters: string,
): INodeProperties[] {
	return [
		{ displayName: notice, name: 'notice', type: 'notice', default: '' },
		...environmentProperties,
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `=${expressionBaseUrl('$self')}/oauth/authorize`,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `=${expressionBaseUrl('$self')}/oauth/token`,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			description:
				'Space-separated Factorial scopes, for example "employees time_off". Leave empty to use the scopes selected on the OAuth application.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: authQueryParameters,
		},
		// Factorial's token endpoint reads client_id and client_secret from the form body.
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
	];
}

export const oauth2Test: ICredentialTestRequest = {
	request: {
		baseURL: `=${expressionBaseUrl('$credentials')}`,
		url: '=/api/{{$credentials.apiVersion}}/resources/api_public/credentials',
		method: 'GET',
	},
};

export class FactorialOAuth2Api implements ICredentialType {
	name = 'factorialOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Factorial OAuth2 API';

	icon: Icon = { light: 'file:factorial.svg', dark: 'file:factorial.dark.svg' };

	documentationUrl = 'https://apidoc.factorialhr.com/docs/oauth-2';

	properties: INodeProperties[] = factorialOAuth2Properties(
		'Acts as the Factorial user who connects, with that user\'s permissions. Create the OAuth application in Factorial (Settings → OAuth applications, or /oauth/applications on your Factorial host) with n8n\'s OAuth Redirect URL shown here. User tokens expire after about 1–2 hours and n8n refreshes them; the refresh token lasts one week, so a workflow idle for longer must be reconnected (see the "keep the OAuth token fresh" example). For company-wide access that never expires, use Factorial Company OAuth2 API.',
		'',
	);

	test = oauth2Test;
}
