import type { INodeProperties } from 'n8n-workflow';

// One place for the hosts and the API version, shared by the three credentials and the node's
// transport, so that the credential test, the OAuth URLs and every request agree on the base URL.
export const PRODUCTION_URL = 'https://api.factorialhr.com';
export const DEMO_URL = 'https://api.eu2.demo.factorial.dev';
export const DEFAULT_API_VERSION = '2026-10-01';

export type FactorialEnvironment = 'production' | 'demo' | 'custom';

// Credential expressions cannot import code, so the same choice is spelled once more as an
// expression; `expressionBaseUrl('$self')` is used by OAuth URLs, `'$credentials'` by test requests.
export function expressionBaseUrl(source: '$self' | '$credentials'): string {
	return (
		`{{ ${source}.environment === "custom" ? String(${source}.baseUrl || "").replace(/\\/+$/, "") : ` +
		`(${source}.environment === "demo" ? "${DEMO_URL}" : "${PRODUCTION_URL}") }}`
	);
}

export const environmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{
				name: 'Production',
				value: 'production',
				description: PRODUCTION_URL,
			},
			{
				name: 'Demo',
				value: 'demo',
				description: `${DEMO_URL} (Factorial's current demo host)`,
			},
			{
				name: 'Custom',
				value: 'custom',
				description: 'Another host, such as an older demo host or a local Factorial sandbox',
			},
		],
		default: 'production',
		description:
			'Which Factorial to talk to. Demo credentials only work on the demo host: on the wrong one Factorial answers with empty results, not an error.',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'https://api.demo.factorial.dev',
		description: 'Scheme and host only, without /api/… (for example http://127.0.0.1:4010)',
		required: true,
		displayOptions: { show: { environment: ['custom'] } },
	},
	{
		displayName: 'API Version',
		name: 'apiVersion',
		type: 'string',
		default: DEFAULT_API_VERSION,
		description:
			'Factorial API version (YYYY-MM-DD). Factorial releases one each quarter and supports each for a year; this package is built and tested against 2026-10-01.',
	},
];
