import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { environmentProperties, expressionBaseUrl } from './FactorialEnvironment';

export class FactorialApi implements ICredentialType {
	name = 'factorialApi';

	displayName = 'Factorial API';

	icon: Icon = { light: 'file:factorial.svg', dark: 'file:factorial.dark.svg' };

	documentationUrl = 'https://apidoc.factorialhr.com/docs/api-keys';

	properties: INodeProperties[] = [
		{
			displayName:
				'An API key has full access to your whole company and never expires. Only Factorial admins can create one, under Settings → API keys. For an integration used by other companies, use OAuth2 instead.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		...environmentProperties,
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
		},
	];

	// Factorial wants the bare key in x-api-key: no "Bearer" or other prefix.
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'x-api-key': '={{$credentials.apiKey}}',
			},
		},
	};

	// The cheapest call Factorial has: it describes the credential itself.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `=${expressionBaseUrl('$credentials')}`,
			url: '=/api/{{$credentials.apiVersion}}/resources/api_public/credentials',
			method: 'GET',
		},
	};
}
