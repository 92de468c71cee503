import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';
import { WEBHOOK_EVENTS } from '../../../shared/webhookEvents';

export const subscriptionId: FieldSpec = recordId('webhookSubscriptionId', 'Webhook Subscription ID');

export const subscriptionType: FieldSpec = {
	wire: 'subscription_type',
	displayName: 'Event',
	kind: 'options',
	options: WEBHOOK_EVENTS,
	optionsOnDemand: 'webhookEvents',
	description: 'What happens in Factorial that makes it call the URL. Choose from the list, or specify an event name using an expression.',
};

export const targetUrl: FieldSpec = {
	wire: 'target_url',
	displayName: 'Target URL',
	kind: 'url',
	placeholder: 'e.g. https://example.com/webhooks/factorial',
	description: 'Where Factorial sends the record when the event happens, for example the URL of an n8n Webhook node',
};

// Optional settings that POST and PUT both take under the same wire name.
export const settings: FieldSpec[] = [
	{ wire: 'name', displayName: 'Name', kind: 'string', description: 'A name to recognise the subscription by' },
	{
		wire: 'challenge',
		displayName: 'Challenge',
		kind: 'string',
		description: 'A secret of your choice. Factorial sends it back in the x-factorial-wh-challenge header of every call, so the receiver can check the call comes from Factorial.',
	},
	{ wire: 'enabled', displayName: 'Enabled', kind: 'boolean', default: true, description: 'Whether Factorial sends the events. Factorial turns a subscription off after many failed calls; turn it on again here.' },
	{
		wire: 'api_version',
		displayName: 'API Version',
		kind: 'options',
		default: '2026-10-01',
		description: 'The Factorial API version whose format the sent records follow',
		options: ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map((version) => ({ name: version, value: version })),
	},
];
