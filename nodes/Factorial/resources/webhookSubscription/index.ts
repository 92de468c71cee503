import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const webhookSubscription: ResourceSpec = {
	name: 'webhookSubscription',
	displayName: 'Webhook Subscription',
	description: 'Have Factorial call a URL when something happens',
	operations: [get, getAll, create, update, deleteOperation],
};
