import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_TRANSPORT } from '../../shared/transport/request';
import type { TransportOptions } from '../../shared/transport/request';

export const DEFAULT_CONCURRENCY = 10;
const MAX_CONCURRENCY = 20;

// The defaults are DEFAULT_TRANSPORT's (the Trigger uses it as it is), shown here in seconds.
const seconds = (ms: number) => ms / 1000;
const { postLimit: DEFAULT_POST_LIMIT } = DEFAULT_TRANSPORT;

// Options every operation shares: how fast and how patiently the node talks to Factorial.
export const transportOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'File Timeout (Seconds)',
			name: 'fileTimeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: seconds(DEFAULT_TRANSPORT.fileTimeoutMs),
			description:
				'How long a document upload or download may go without progress before the item fails',
		},
		{
			displayName: 'Maximum Wait on Rate Limit (Seconds)',
			name: 'maxRateLimitWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: seconds(DEFAULT_TRANSPORT.maxRateLimitWaitMs),
			description:
				'How long one item may keep waiting while Factorial answers 429 Too Many Requests before it fails',
		},
		{
			displayName: 'Parallel Requests',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			default: DEFAULT_CONCURRENCY,
			description:
				'How many items are sent to Factorial at the same time. Output keeps the input order. Use 1 to send items strictly one after another.',
		},
		{
			displayName: 'POST Limit',
			name: 'postLimit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: DEFAULT_POST_LIMIT,
			description:
				'POST requests allowed per window for this credential, shared by all workflows in this n8n. Factorial allows 200 per minute; set it lower to leave room for other clients using the same credential.',
		},
		{
			displayName: 'POST Limit Window (Seconds)',
			name: 'postWindowSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: seconds(DEFAULT_TRANSPORT.postWindowMs),
			description: 'The window the POST limit applies to. Factorial counts per minute.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: seconds(DEFAULT_TRANSPORT.timeoutMs),
			description:
				'How long Factorial may stay silent during one request before the item fails. A write that timed out is reported as possibly applied.',
		},
	],
};

export interface RunOptions {
	transport: TransportOptions;
	concurrency: number;
}

export function readRunOptions(context: IExecuteFunctions): RunOptions {
	const options = context.getNodeParameter('options', 0, {}) as IDataObject;
	const number = (value: unknown, fallback: number, min: number) =>
		typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;
	return {
		concurrency: Math.min(MAX_CONCURRENCY, Math.floor(number(options.concurrency, DEFAULT_CONCURRENCY, 1))),
		transport: {
			postLimit: Math.floor(number(options.postLimit, DEFAULT_TRANSPORT.postLimit, 1)),
			postWindowMs: number(options.postWindowSeconds, seconds(DEFAULT_TRANSPORT.postWindowMs), 1) * 1000,
			maxRateLimitWaitMs:
				number(options.maxRateLimitWaitSeconds, seconds(DEFAULT_TRANSPORT.maxRateLimitWaitMs), 0) * 1000,
			// Fractions of a second are allowed, so a test (or an impatient workflow) can use 0.5 s.
			timeoutMs: number(options.timeoutSeconds, seconds(DEFAULT_TRANSPORT.timeoutMs), 0.1) * 1000,
			fileTimeoutMs: number(options.fileTimeoutSeconds, seconds(DEFAULT_TRANSPORT.fileTimeoutMs), 0.1) * 1000,
		},
	};
}
