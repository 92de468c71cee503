import type { OperationSpec } from '../../engine/types';
import { subscriptionId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook subscription',
	description: 'Stop Factorial from calling the URL of a subscription',
	method: 'DELETE',
	path: 'api_public/webhook_subscriptions/{id}',
	fields: [{ ...subscriptionId, in: 'path' }],
};
