import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { authenticationProperty, factorialCredentials } from '../shared/authentication';
import { WEBHOOK_EVENTS } from '../shared/webhookEvents';
import { CHALLENGE_HEADER, sameChallenge } from './challenge';
import {
	PATH_TEMPLATE,
	challengeFor,
	createSubscriptions,
	deleteSubscriptions,
	subscriptionsExist,
} from './subscriptions';

// n8n's nodes panel lists one "On …" entry per event; without `action` it lowercases the name and
// drops the slashes ("On time off leave create").
const EVENT_OPTIONS = WEBHOOK_EVENTS.map((event) => ({ ...event, action: `On ${event.name}` }));

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FactorialTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Factorial Trigger',
		name: 'factorialTrigger',
		icon: { light: 'file:factorial.svg', dark: 'file:factorial.dark.svg' },
		group: ['trigger'],
		version: 1,
		// One event reads as words on the canvas ("leave create"), several as their count.
		subtitle:
			'={{$parameter["events"].length === 1 ? $parameter["events"][0].split("/").slice(1).join(" ").split("_").join(" ") : $parameter["events"].length + " events"}}',
		description: 'Starts the workflow when something happens in Factorial HR',
		defaults: { name: 'Factorial Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: factorialCredentials,
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// n8n answers 200 as soon as the delivery is accepted, before the workflow runs, so slow
				// workflows never count as failed deliveries (Factorial disables a subscription after ~20).
				responseMode: 'onReceived',
				path: PATH_TEMPLATE,
				// A dynamic path is routed below the node's webhook ID only as a "full path".
				isFullPath: true,
				// The node subscribes its own URLs; the template URL would only confuse.
				ndvHideUrl: true,
			},
		],
		properties: [
			authenticationProperty,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENT_OPTIONS,
				default: [],
				required: true,
				description:
					'What happens in Factorial that starts the workflow. Type to search, e.g. "employee update", "leave create", "clock in" or "candidate". Each output item holds the record Factorial sent plus an "event" field naming the event.',
			},
			{
				displayName:
					'Factorial turns a subscription off after about 20 failed deliveries in 48 hours. To turn it on again, unpublish and publish this workflow, or use the Factorial node: Webhook Subscription → Update with Enabled on.',
				name: 'disabledNotice',
				type: 'notice',
				default: '',
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await subscriptionsExist(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createSubscriptions(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteSubscriptions(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const { namespace, resource, action } = this.getParamsData() as Record<string, string | undefined>;
		const event = `${namespace}/${resource}/${action}`;
		const expected = challengeFor(this, event);
		const given = this.getHeaderData()[CHALLENGE_HEADER];
		if (expected === undefined || typeof given !== 'string' || !sameChallenge(given, expected)) {
			// Not from a subscription of this node: answered here, and no execution starts.
			this.getResponseObject().status(401).json({ message: 'Unauthorized' });
			return { noWebhookResponse: true };
		}

		const body: unknown = this.getBodyData();
		const records = Array.isArray(body) ? (body as unknown[]) : [body];
		const items: INodeExecutionData[] = records.map((record) => ({
			json: { ...(isRecord(record) ? record : { value: record as IDataObject }), event },
		}));
		return { workflowData: [items] };
	}
}
