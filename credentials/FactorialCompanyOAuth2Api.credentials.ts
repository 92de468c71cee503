import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import { factorialOAuth2Properties, oauth2Test } from './FactorialOAuth2Api.credentials';

export class FactorialCompanyOAuth2Api implements ICredentialType {
	name = 'factorialCompanyOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Factorial Company OAuth2 API';

	icon: Icon = { light: 'file:factorial.svg', dark: 'file:factorial.dark.svg' };

	documentationUrl = 'https://apidoc.factorialhr.com/docs/oauth-2';

	// resource_owner_type=company makes Factorial issue a company token instead of a user token.
	properties: INodeProperties[] = factorialOAuth2Properties(
		'Acts as the company, not as one user: a Factorial admin must click Connect. Company tokens have all permissions (like an API key) and do not expire, though an admin can revoke them. Create the OAuth application in Factorial with n8n\'s OAuth Redirect URL shown here. To act with one user\'s permissions instead, use Factorial OAuth2 API.',
		'resource_owner_type=company',
	);

	test = oauth2Test;
}
