import type { OperationSpec } from '../../engine/types';
import { subscriptionType } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many webhook subscriptions',
	description: 'List webhook subscriptions, page by page',
	method: 'GET',
	path: 'api_public/webhook_subscriptions',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			// The list filter is called `type`, the body field `subscription_type`.
			{ ...subscriptionType, wire: 'type', name: 'subscriptionType', description: 'Only subscriptions to this event' },
			{ wire: 'enabled', displayName: 'Only Enabled', kind: 'boolean', description: 'Whether to return only the subscriptions that are turned on' },
			{ wire: 'id', name: 'webhookSubscriptionId', displayName: 'Webhook Subscription ID', kind: 'string' },
			{ wire: 'company_id', displayName: 'Company', kind: 'locator', locator: 'company' },
		],
	},
};
