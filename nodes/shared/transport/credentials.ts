import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import {
	DEFAULT_API_VERSION,
	DEMO_URL,
	PRODUCTION_URL,
} from '../../../credentials/FactorialEnvironment';

/** The credential type behind the node's Authentication choice. */
export function credentialTypeFor(authentication: unknown): string {
	switch (authentication) {
		case 'oAuth2':
			return 'factorialOAuth2Api';
		case 'companyOAuth2':
			return 'factorialCompanyOAuth2Api';
		default:
			return 'factorialApi';
	}
}

export interface Endpoint {
	baseUrl: string;
	apiVersion: string;
}

/** Mirrors the credentials' own environment choice, so requests go where the credential test went. */
export function endpointOf(credentials: ICredentialDataDecryptedObject): Endpoint {
	const environment = credentials.environment ?? 'production';
	let baseUrl = PRODUCTION_URL;
	if (environment === 'demo') baseUrl = DEMO_URL;
	if (environment === 'custom') baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const apiVersion = String(credentials.apiVersion || DEFAULT_API_VERSION).trim();
	return { baseUrl, apiVersion };
}
