import { listHolds, text } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { settings, subscriptionType, targetUrl } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a webhook subscription',
	description: 'Ask Factorial to call a URL whenever an event happens',
	tool: { caution: 'sends HR data to the target URL whenever the event happens' },
	method: 'POST',
	path: 'api_public/webhook_subscriptions',
	fields: [
		{ ...subscriptionType, required: true },
		{ ...targetUrl, required: true },
		autofilledCompanyId,
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: settings },
	check: listHolds(
		'a subscription to that event with that target URL',
		(sent) => ({ path: 'api_public/webhook_subscriptions', query: { type: text(sent, 'subscription_type') } }),
		(subscription, sent) => subscription.type === sent.values.subscription_type && subscription.target_url === sent.values.target_url,
	),
};
