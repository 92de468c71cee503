import { getById } from '../../engine/commonOperations';
import { subscriptionId } from './fields';

export const get = getById({
	noun: 'webhook subscription',
	path: 'api_public/webhook_subscriptions/{id}',
	id: subscriptionId,
});
