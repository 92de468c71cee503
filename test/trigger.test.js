'use strict';
// Factorial Trigger: subscription lifecycle (checkExists / create / delete in n8n-core's HookContext)
// against the sandbox, and webhook() (n8n-core's WebhookContext) on deliveries the sandbox makes.
const { createTrigger, WEBHOOK_ID } = require('./helpers/trigger-harness');
const { useSandbox, credentialClasses, credentialsFor, apiRequests, lastSeq, sandboxState, control } = require('./helpers/factorial');
const { FactorialTrigger } = require('../dist/nodes/FactorialTrigger/FactorialTrigger.node.js');
const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
const { WEBHOOK_EVENTS } = require('../dist/nodes/shared/webhookEvents.js');
const pkg = require('../package.json');

let sb;
useSandbox((s) => (sb = s));

const V = '/api/2026-10-01/resources';
const UPDATE = 'employees/employee/update';
const LEAVE = 'timeoff/leave/create';
const HEADER = 'x-factorial-wh-challenge';

function trigger(events, { authentication = 'apiKey', ...options } = {}) {
	return createTrigger({
		nodeClass: FactorialTrigger,
		credentialClasses,
		credentials: credentialsFor(sb, authentication),
		parameters: { authentication, events },
		...options,
	});
}

const subscriptions = async () => await sandboxState(sb, 'webhook_subscriptions');
const urlFor = (t, event, base = 'http://localhost:5678') => `${base}/webhook/${WEBHOOK_ID}/${event}`;

/** A request to the sandbox's Factorial API outside the node (set-up, or someone else's change). */
async function api(method, path, body) {
	const res = await fetch(`${sb.url}${V}/${path}`, {
		method,
		headers: { 'x-api-key': sb.fixtures.apiKey, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, body: await res.json() };
}

afterEach(async () => {
	for (const s of await subscriptions()) await api('DELETE', `api_public/webhook_subscriptions/${s.id}`);
});

describe('description', () => {
	const { description } = new FactorialTrigger();

	test('is registered in package.json and named as a trigger', () => {
		expect(pkg.n8n.nodes).toContain('dist/nodes/FactorialTrigger/FactorialTrigger.node.js');
		expect(description.name).toBe('factorialTrigger');
		expect(description.group).toEqual(['trigger']);
		expect(description.inputs).toEqual([]);
	});

	test('offers the Factorial node\'s event list and its three credentials', () => {
		const events = description.properties.find((p) => p.name === 'events');
		expect(events.type).toBe('multiOptions');
		expect(events.options.map((o) => [o.name, o.value])).toEqual(WEBHOOK_EVENTS.map((o) => [o.name, o.value]));
		// The nodes panel's "On …" entries keep the names as written (n8n lowercases them otherwise).
		expect(events.options.every((o) => o.action === `On ${o.name}`)).toBe(true);
		expect(events.options).toHaveLength(137);
		const factorial = new Factorial().description;
		expect(description.credentials).toEqual(factorial.credentials);
		expect(description.properties.find((p) => p.name === 'authentication')).toEqual(factorial.properties.find((p) => p.name === 'authentication'));
	});

	test('one POST webhook on a dynamic path, answered on receipt', () => {
		expect(description.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'POST', path: ':namespace/:resource/:action', isFullPath: true, responseMode: 'onReceived' }),
		]);
	});
});

describe('activation (create)', () => {
	test('subscribes each event at its own URL with company_id from the credential and a stored random challenge', async () => {
		const t = trigger([UPDATE, LEAVE]);
		const since = await lastSeq(sb);
		expect(await t.hook('checkExists')).toBe(false);
		expect(await t.hook('create')).toBe(true);

		const requests = await apiRequests(sb, since);
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			// checkExists knows from static data that nothing is subscribed yet: no request.
			['GET', `${V}/api_public/webhook_subscriptions`], // create: what already points here
			['GET', `${V}/api_public/credentials`], // company_id, once for all events
			['POST', `${V}/api_public/webhook_subscriptions`],
			['POST', `${V}/api_public/webhook_subscriptions`],
		]);

		const owned = t.staticData().subscriptions;
		const stored = await subscriptions();
		expect(stored).toHaveLength(2);
		for (const event of [UPDATE, LEAVE]) {
			const s = stored.find((x) => x.type === event);
			expect(s).toMatchObject({ target_url: urlFor(t, event), company_id: String(sb.fixtures.companyId), enabled: true, name: 'n8n: Trigger test' });
			expect(owned[event]).toEqual({ id: s.id, challenge: s.challenge });
			expect(s.challenge).toMatch(/^[A-Za-z0-9]{48}$/);
		}
		expect(owned[UPDATE].challenge).not.toBe(owned[LEAVE].challenge);
		expect(await t.hook('checkExists')).toBe(true);
	});

	test.each(['oAuth2', 'companyOAuth2'])('works with the %s credential', async (authentication) => {
		const t = trigger([LEAVE], { authentication });
		await t.hook('create');
		const [s] = await subscriptions();
		expect(s).toMatchObject({ type: LEAVE, target_url: urlFor(t, LEAVE), company_id: String(sb.fixtures.companyId) });
		expect(await t.hook('checkExists')).toBe(true);
	});

	test('a new activation gets new challenges', async () => {
		const first = trigger([UPDATE]);
		await first.hook('create');
		const before = first.staticData().subscriptions[UPDATE].challenge;
		await first.hook('delete');
		await first.hook('create');
		expect(first.staticData().subscriptions[UPDATE].challenge).not.toBe(before);
	});

	test('checkExists is false when the subscription is gone, disabled, or its challenge changed', async () => {
		const t = trigger([UPDATE]);
		await t.hook('create');
		const { id } = t.staticData().subscriptions[UPDATE];

		await api('PUT', `api_public/webhook_subscriptions/${id}`, { id, enabled: false });
		expect(await t.hook('checkExists')).toBe(false);
		await api('PUT', `api_public/webhook_subscriptions/${id}`, { id, enabled: true, challenge: 'someone-else' });
		expect(await t.hook('checkExists')).toBe(false);
		await api('DELETE', `api_public/webhook_subscriptions/${id}`);
		expect(await t.hook('checkExists')).toBe(false);
	});

	test('a subscription Factorial disabled is turned back on by a PUT with a new challenge, not duplicated', async () => {
		const t = trigger([UPDATE]);
		await t.hook('create');
		const { id, challenge } = t.staticData().subscriptions[UPDATE];
		await api('PUT', `api_public/webhook_subscriptions/${id}`, { id, enabled: false });

		const since = await lastSeq(sb);
		expect(await t.hook('checkExists')).toBe(false);
		await t.hook('create');
		const writes = (await apiRequests(sb, since)).filter((r) => r.method !== 'GET');
		expect(writes.map((r) => [r.method, r.path])).toEqual([['PUT', `${V}/api_public/webhook_subscriptions/${id}`]]);
		const [s] = await subscriptions();
		expect(s).toMatchObject({ id, enabled: true });
		expect(s.challenge).not.toBe(challenge);
		expect(t.staticData().subscriptions[UPDATE]).toEqual({ id, challenge: s.challenge });
	});

	test('a subscription already pointing at the node\'s URL is taken over instead of duplicated', async () => {
		const t = trigger([UPDATE]);
		const existing = await api('POST', 'api_public/webhook_subscriptions', {
			subscription_type: UPDATE,
			target_url: urlFor(t, UPDATE),
			company_id: String(sb.fixtures.companyId),
		});
		await t.hook('create');
		const stored = await subscriptions();
		expect(stored).toHaveLength(1);
		expect(stored[0].id).toBe(existing.body.id);
		expect(t.staticData().subscriptions[UPDATE]).toEqual({ id: existing.body.id, challenge: stored[0].challenge });
	});

	test('an event taken out of the selection is unsubscribed at the next activation', async () => {
		const before = trigger([UPDATE, LEAVE]);
		await before.hook('create');
		const staticData = before.staticData();

		const after = trigger([LEAVE]);
		after.workflow.staticData[`node:${after.node.name}`] = staticData; // same workflow, edited and published again
		expect(await after.hook('checkExists')).toBe(false);
		await after.hook('create');
		expect((await subscriptions()).map((s) => s.type)).toEqual([LEAVE]);
		expect(Object.keys(after.staticData().subscriptions)).toEqual([LEAVE]);
	});

	test('without a webhook ID (never saved in the editor) it says what to do and sends nothing', async () => {
		const t = trigger([UPDATE], { webhookId: null });
		const since = await lastSeq(sb);
		await expect(t.hook('create')).rejects.toThrow('This trigger has no webhook ID yet');
		expect((await apiRequests(sb, since)).filter((r) => r.method !== 'GET')).toEqual([]);
	});

	test('no event chosen is an error naming the parameter', async () => {
		await expect(trigger([]).hook('create')).rejects.toThrow('Choose at least one event');
	});
});

describe('deactivation (delete)', () => {
	test('deletes what the node created and nothing else', async () => {
		const t = trigger([UPDATE, LEAVE]);
		await t.hook('create');
		const other = await api('POST', 'api_public/webhook_subscriptions', {
			subscription_type: UPDATE,
			target_url: 'https://elsewhere.example.com/hook',
			company_id: String(sb.fixtures.companyId),
		});
		const ids = Object.values(t.staticData().subscriptions).map((s) => s.id);

		const since = await lastSeq(sb);
		expect(await t.hook('delete')).toBe(true);
		const requests = await apiRequests(sb, since);
		expect(requests.map((r) => [r.method, r.path]).sort()).toEqual(ids.map((id) => ['DELETE', `${V}/api_public/webhook_subscriptions/${id}`]).sort());
		expect((await subscriptions()).map((s) => s.id)).toEqual([other.body.id]);
		expect(t.staticData().subscriptions).toEqual({});
	});

	test('a subscription already deleted in Factorial (404) counts as deleted', async () => {
		const t = trigger([UPDATE, LEAVE]);
		await t.hook('create');
		const { id } = t.staticData().subscriptions[UPDATE];
		await api('DELETE', `api_public/webhook_subscriptions/${id}`);

		expect(await t.hook('delete')).toBe(true);
		expect(await subscriptions()).toEqual([]);
		expect(t.staticData().subscriptions).toEqual({});
	});

	test('any other failure is raised and keeps the record, so a retry can still delete it', async () => {
		const t = trigger([UPDATE]);
		await t.hook('create');
		const owned = t.staticData().subscriptions;
		const credential = t.credentialsStore.get('cred-apiKey');
		const key = credential.data.apiKey;
		credential.data.apiKey = 'sbx-secret-apikey-revoked';
		await expect(t.hook('delete')).rejects.toThrow(/401/);
		expect(t.staticData().subscriptions).toEqual(owned);
		expect(await subscriptions()).toHaveLength(1);

		credential.data.apiKey = key;
		await t.hook('delete');
		expect(await subscriptions()).toEqual([]);
	});
});

describe('deliveries (webhook)', () => {
	const path = (event) => `${WEBHOOK_ID}/${event}`;

	test('the right challenge gives one item: the payload plus its event', async () => {
		const t = trigger([UPDATE, LEAVE]);
		await t.hook('create');
		const { challenge } = t.staticData().subscriptions[LEAVE];
		const out = await t.receive({ path: path(LEAVE), headers: { [HEADER]: challenge }, body: { id: '77', employee_id: '5' } });
		expect(out.status).toBe(200);
		expect(out.result).toEqual({ workflowData: [[{ json: { id: '77', employee_id: '5', event: LEAVE } }]] });
	});

	test.each([
		// The last character changed (a random challenge may already end in x).
		['a wrong challenge', (c) => ({ [HEADER]: `${c.slice(0, -1)}${c.endsWith('x') ? 'y' : 'x'}` })],
		['a challenge of another event', (c, other) => ({ [HEADER]: other })],
		['no challenge header', () => ({})],
		['an empty challenge header', () => ({ [HEADER]: '' })],
		['a longer challenge', (c) => ({ [HEADER]: `${c}x` })],
	])('%s is answered 401 and starts nothing', async (_, headers) => {
		const t = trigger([UPDATE, LEAVE]);
		await t.hook('create');
		const owned = t.staticData().subscriptions;
		const out = await t.receive({ path: path(UPDATE), headers: headers(owned[UPDATE].challenge, owned[LEAVE].challenge), body: { id: '5' } });
		expect(out.status).toBe(401);
		expect(out.result).toEqual({ noWebhookResponse: true });
		expect(out.result.workflowData).toBeUndefined();
	});

	test('an event the node did not subscribe to is refused, even with one of its challenges', async () => {
		const t = trigger([UPDATE]);
		await t.hook('create');
		const { challenge } = t.staticData().subscriptions[UPDATE];
		const out = await t.receive({ path: path(LEAVE), headers: { [HEADER]: challenge }, body: { id: '1' } });
		expect(out.status).toBe(401);
		expect(out.result.workflowData).toBeUndefined();
	});

	test('events emitted by the sandbox reach the node with their challenge; a changed challenge is refused', async () => {
		const t = trigger([UPDATE, LEAVE]);
		const server = await t.listen();
		try {
			t.setBaseUrl(server.url);
			await t.hook('create');
			const emitted = await control(sb, 'POST', 'webhooks/emit', { subscription_type: UPDATE, payload: { id: '5', first_name: 'Ana' } });
			expect(emitted.deliveries.map((d) => d.status)).toEqual([200]);
			expect(server.received).toHaveLength(1);
			expect(server.received[0].result.workflowData[0]).toEqual([{ json: { id: '5', first_name: 'Ana', event: UPDATE } }]);

			// Someone else re-points the challenge: Factorial now sends a secret the node never issued.
			const { id } = t.staticData().subscriptions[LEAVE];
			await api('PUT', `api_public/webhook_subscriptions/${id}`, { id, challenge: 'not-the-one-n8n-stored' });
			const refused = await control(sb, 'POST', 'webhooks/emit', { subscription_type: LEAVE, payload: { id: '9' } });
			expect(refused.deliveries.map((d) => d.status)).toEqual([401]);
			expect(server.received[1].result).toEqual({ noWebhookResponse: true });
		} finally {
			await t.hook('delete');
			await server.close();
		}
	});
});
