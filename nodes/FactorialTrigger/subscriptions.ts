import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, IWebhookFunctions, JsonObject } from 'n8n-workflow';

import { executionLookups } from '../shared/lookups';
import { WEBHOOK_EVENTS } from '../shared/webhookEvents';
import { describeFailure } from '../shared/transport/failure';
import { paginate } from '../shared/transport/paginate';
import { DEFAULT_TRANSPORT, factorialRequest } from '../shared/transport/request';
import { newChallenge } from './challenge';

const COLLECTION = 'api_public/webhook_subscriptions';

/**
 * The trigger's one webhook, a dynamic path n8n serves below the node's webhook ID. Each event is
 * subscribed at its own URL (`…/<webhookId>/employees/employee/update`), because Factorial's
 * delivery body does not say which event it is; n8n hands the three segments back as parameters.
 */
export const PATH_TEMPLATE = ':namespace/:resource/:action';

/** What this node created in Factorial, per event, kept in the workflow's static data. */
export interface OwnedSubscription {
	id: string;
	challenge: string;
}

type Owned = Record<string, OwnedSubscription>;

const KNOWN_EVENTS = new Set(WEBHOOK_EVENTS.map((event) => String(event.value)));

function readOwned(context: IHookFunctions | IWebhookFunctions): Owned {
	const stored = context.getWorkflowStaticData('node').subscriptions;
	return stored && typeof stored === 'object' ? { ...(stored as Owned) } : {};
}

// Assigned as a whole so that n8n notices the change and saves it with the workflow.
function saveOwned(context: IHookFunctions, owned: Owned): void {
	context.getWorkflowStaticData('node').subscriptions = { ...owned };
}

/** The challenge this node gave Factorial for `event`, if it subscribed to it. */
export function challengeFor(context: IWebhookFunctions, event: string): string | undefined {
	const owned = readOwned(context);
	return Object.prototype.hasOwnProperty.call(owned, event) ? owned[event].challenge : undefined;
}

function selectedEvents(context: IHookFunctions): string[] {
	const events = context.getNodeParameter('events', []) as string[];
	if (!Array.isArray(events) || events.length === 0) {
		throw new NodeOperationError(context.getNode(), 'Choose at least one event');
	}
	const unknown = events.filter((event) => !KNOWN_EVENTS.has(event));
	if (unknown.length > 0) {
		throw new NodeOperationError(context.getNode(), `Unknown Factorial event: ${unknown.join(', ')}`);
	}
	return [...new Set(events)];
}

/** The URL Factorial is to call for `event`. */
function targetUrl(context: IHookFunctions, event: string): string {
	const url = context.getNodeWebhookUrl('default');
	// Without a webhook ID, n8n cannot route a dynamic path; the editor assigns one when it saves.
	if (!context.getNode().webhookId || !url || !url.endsWith(`/${PATH_TEMPLATE}`)) {
		throw new NodeOperationError(context.getNode(), 'This trigger has no webhook ID yet', {
			description: 'Open the workflow in the n8n editor and save it, then publish it again.',
		});
	}
	return `${url.slice(0, -PATH_TEMPLATE.length)}${event}`;
}

async function listRemote(context: IHookFunctions): Promise<IDataObject[]> {
	return await paginate(
		context,
		{ method: 'GET', path: COLLECTION },
		{ returnAll: true, limit: 0 },
		DEFAULT_TRANSPORT,
	);
}

function pointsAt(record: IDataObject, event: string, url: string): boolean {
	return record.type === event && record.target_url === url;
}

/** Ours, delivering, and with the secret we hold (when Factorial shows it). */
function isIntact(record: IDataObject, mine: OwnedSubscription): boolean {
	return (
		String(record.id) === mine.id &&
		record.enabled === true &&
		(record.challenge === undefined || record.challenge === null || record.challenge === mine.challenge)
	);
}

/** Deletes one subscription; one that is already gone counts as deleted. */
async function deleteRemote(context: IHookFunctions, id: string): Promise<void> {
	try {
		await factorialRequest(context, { method: 'DELETE', path: `${COLLECTION}/${encodeURIComponent(id)}` });
	} catch (error) {
		if (describeFailure(error).status === 404) return;
		throw error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeApiError(context.getNode(), error as JsonObject);
	}
}

/** checkExists: every chosen event has an intact subscription of ours at its URL, and nothing else is ours. */
export async function subscriptionsExist(context: IHookFunctions): Promise<boolean> {
	const events = selectedEvents(context);
	const owned = readOwned(context);
	if (Object.keys(owned).some((event) => !events.includes(event))) return false;
	if (events.some((event) => owned[event] === undefined)) return false;
	const remote = await listRemote(context);
	return events.every((event) => {
		const url = targetUrl(context, event);
		return remote.some((record) => pointsAt(record, event, url) && isIntact(record, owned[event]));
	});
}

/**
 * create: subscribes every chosen event at its own URL with a fresh challenge. A subscription
 * already pointing at that URL (this node's, e.g. one Factorial disabled after failed deliveries)
 * is taken over with a PUT that sets a new challenge and turns it on, instead of adding a second
 * one. Subscriptions of events no longer chosen are deleted.
 */
export async function createSubscriptions(context: IHookFunctions): Promise<boolean> {
	const events = selectedEvents(context);
	const owned = readOwned(context);
	const remote = await listRemote(context);
	const lookups = executionLookups(context, DEFAULT_TRANSPORT);
	const name = `n8n: ${context.getWorkflow().name ?? context.getWorkflow().id}`;

	for (const event of events) {
		const url = targetUrl(context, event);
		const mine = owned[event];
		const atUrl = remote.filter((record) => pointsAt(record, event, url));
		const current = atUrl.find((record) => mine && String(record.id) === mine.id) ?? atUrl[0];
		if (current && mine && isIntact(current, mine)) continue;

		const challenge = newChallenge();
		if (current) {
			const id = String(current.id);
			await factorialRequest(context, {
				method: 'PUT',
				path: `${COLLECTION}/${encodeURIComponent(id)}`,
				body: { id, challenge, enabled: true },
			});
			owned[event] = { id, challenge };
		} else {
			const created = (await factorialRequest(context, {
				method: 'POST',
				path: COLLECTION,
				body: { subscription_type: event, target_url: url, company_id: await lookups.companyId(), challenge, name },
			})) as IDataObject | undefined;
			if (created?.id === undefined || created.id === null) {
				throw new NodeOperationError(context.getNode(), `Factorial did not return the new subscription's ID for ${event}`);
			}
			owned[event] = { id: String(created.id), challenge };
		}
		// Saved after each one, so that a failure further on still leaves a record of what to delete.
		saveOwned(context, owned);
	}

	for (const event of Object.keys(owned).filter((stored) => !events.includes(stored))) {
		await deleteRemote(context, owned[event].id);
		delete owned[event];
		saveOwned(context, owned);
	}
	saveOwned(context, owned);
	return true;
}

/**
 * delete: removes every subscription this node created, and only those. The others are tried
 * even when one fails; the first failure is then raised so that n8n retries and reports it.
 */
export async function deleteSubscriptions(context: IHookFunctions): Promise<boolean> {
	const owned = readOwned(context);
	let firstFailure: unknown;
	for (const [event, { id }] of Object.entries(owned)) {
		try {
			await deleteRemote(context, id);
			delete owned[event];
		} catch (error) {
			firstFailure ??= error;
		}
	}
	saveOwned(context, owned);
	if (firstFailure !== undefined) throw firstFailure;
	return true;
}
