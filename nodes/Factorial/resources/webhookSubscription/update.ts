import type { OperationSpec } from '../../engine/types';
import { settings, subscriptionId, subscriptionType, targetUrl } from './fields';

// The catalog's bodies file has no PUT entry for this path; these are the fields of the SDK's
// PutApi20261001ResourcesApiPublicWebhookSubscriptionsIdBody model (id required, the rest optional).
export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a webhook subscription',
	description: 'Change a webhook subscription, or turn it on or off',
	tool: { caution: 'can change where Factorial sends HR data' },
	method: 'PUT',
	path: 'api_public/webhook_subscriptions/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...subscriptionId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [subscriptionType, targetUrl, ...settings] },
};
