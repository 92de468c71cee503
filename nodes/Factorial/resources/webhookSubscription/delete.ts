import { deleteById } from '../../engine/commonOperations';
import { subscriptionId } from './fields';

export const deleteOperation = deleteById({
	noun: 'webhook subscription',
	path: 'api_public/webhook_subscriptions/{id}',
	id: subscriptionId,
	description: 'Stop Factorial from calling the URL of a subscription',
});
