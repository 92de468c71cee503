import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { WEBHOOK_EVENTS } from '../../shared/webhookEvents';

/** Factorial's 137 webhook events, loaded when the Event dropdown opens rather than shipped in the description. */
export async function webhookEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [...WEBHOOK_EVENTS].sort((a, b) => a.name.localeCompare(b.name));
}
