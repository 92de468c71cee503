import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

// The Factorial node and the Factorial Trigger sign in the same three ways.

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Key', value: 'apiKey' },
		{ name: 'OAuth2 (Company)', value: 'companyOAuth2' },
		{ name: 'OAuth2 (User)', value: 'oAuth2' },
	],
	default: 'apiKey',
};

const credentialFor = (name: string, authentication: string): INodeCredentialDescription => ({
	name,
	required: true,
	displayOptions: { show: { authentication: [authentication] } },
});

export const factorialCredentials: INodeCredentialDescription[] = [
	credentialFor('factorialApi', 'apiKey'),
	credentialFor('factorialOAuth2Api', 'oAuth2'),
	credentialFor('factorialCompanyOAuth2Api', 'companyOAuth2'),
];
