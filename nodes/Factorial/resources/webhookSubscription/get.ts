import type { OperationSpec } from '../../engine/types';
import { subscriptionId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a webhook subscription',
	description: 'Retrieve one webhook subscription',
	method: 'GET',
	path: 'api_public/webhook_subscriptions/{id}',
	fields: [{ ...subscriptionId, in: 'path' }],
};
