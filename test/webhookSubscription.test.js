'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { sandboxState, rl, useSandbox, apiRequests: apiRequestsSince, runOk } = require('./helpers/factorial');
const { WEBHOOK_EVENTS } = require('../dist/nodes/shared/webhookEvents.js');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const EVENTS_FILE = path.join(__dirname, 'sandbox', 'facts', 'webhook-events-2026-10-01.txt');
const apiRequests = (since) => apiRequestsSince(sb, since);
const webhook = (operation, parameters = {}) => ({ resource: 'webhookSubscription', operation, ...parameters });
const stored = async (id) => (await sandboxState(sb, 'webhook_subscriptions')).find((w) => w.id === id);

const run = (parameters, items) => runOk(sb, { parameters, items });
const read134 = () => fs.readFileSync(EVENTS_FILE, 'utf8').split('\n').map((l) => l.trim());

describe('Webhook Subscription', () => {
	test('the Event list is every line of the catalog\'s webhook events file and the 3 the SDK adds', () => {
		const read = (file) => fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
		const lines = read(EVENTS_FILE);
		const added = read(EVENTS_FILE.replace('webhook-events-', 'webhook-events-supplement-'));
		expect(lines).toHaveLength(134);
		expect(added).toEqual(['teams/membership/move', 'teams/team/move', 'timeoff/leave/bulk_delete']);
		expect(WEBHOOK_EVENTS.map((o) => o.value)).toEqual([...lines, ...added].sort());
		expect(new Set(WEBHOOK_EVENTS.map((o) => o.name)).size).toBe(137);
	});

	test('the 3 added events are the SDK\'s (object types list 137 events, these are the ones the file lacks)', () => {
		const types = JSON.parse(fs.readFileSync(path.join(__dirname, 'sandbox', 'facts', 'object-types-2026-10-01.json'), 'utf8'));
		const events = Object.entries(types).flatMap(([type, spec]) => (spec.webhookEvents ?? []).map((event) => `${type}: ${event}`));
		expect(events).toHaveLength(137);
		expect(events).toEqual(expect.arrayContaining([
			'TeamsMembership: Webhooks > Teams > Membership > Moves',
			'TeamsTeam: Webhooks > Teams > Team > Moves',
			'TimeoffLeave: Webhooks > Timeoff > Leave > Bulk deletes',
		]));
		// Named as the file names its kin: tasks/task/bulk_delete is "Tasks > Task > Bulk deletes".
		expect(events).toContain('TasksTask: Webhooks > Tasks > Task > Bulk deletes');
		expect(read134()).toContain('tasks/task/bulk_delete');
	});

	test('Create without a company fills it from the credentials endpoint, once for all items', async () => {
		const { items, requests } = await run(
			webhook('create', {
				subscriptionType: '={{ $json.event }}',
				targetUrl: '=https://hooks.example.com/factorial/{{ $json.event.replaceAll("/", "-") }}',
				additionalFields: { name: 'n8n', challenge: 'sbx-challenge', apiVersion: '2026-10-01' },
			}),
			[{ json: { event: 'timeoff/leave/create' } }, { json: { event: 'timeoff/leave/approve' } }],
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `${V}/api_public/credentials`],
			['POST', `${V}/api_public/webhook_subscriptions`],
			['POST', `${V}/api_public/webhook_subscriptions`],
		]);
		expect(requests[1].body).toEqual({
			subscription_type: 'timeoff/leave/create',
			target_url: 'https://hooks.example.com/factorial/timeoff-leave-create',
			company_id: sb.fixtures.companyId,
			name: 'n8n',
			challenge: 'sbx-challenge',
			api_version: '2026-10-01',
		});
		expect(requests[2].body).toMatchObject({ subscription_type: 'timeoff/leave/approve', company_id: sb.fixtures.companyId });
		expect(items).toHaveLength(2);
		expect(await stored(items[0].json.id)).toMatchObject({ type: 'timeoff/leave/create', company_id: sb.fixtures.companyId, enabled: true });
	});

	test('Create with a chosen company sends it without asking the credentials endpoint', async () => {
		const { requests } = await run(
			webhook('create', { subscriptionType: 'teams/team/create', targetUrl: 'https://hooks.example.com/team', companyId: rl(sb.fixtures.companyId, 'list') }),
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([['POST', `${V}/api_public/webhook_subscriptions`]]);
		expect(requests[0].body).toEqual({ subscription_type: 'teams/team/create', target_url: 'https://hooks.example.com/team', company_id: sb.fixtures.companyId });
	});

	test('Get Many filters by event and enabled; Get, Update and Delete one subscription', async () => {
		const { items } = await run(webhook('create', { subscriptionType: 'attendance/shift/clock_in', targetUrl: 'https://hooks.example.com/clock-in' }));
		const id = items[0].json.id;

		const listed = await run(webhook('getAll', { returnAll: true, filters: { subscriptionType: 'attendance/shift/clock_in', enabled: true } }));
		expect(listed.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/api_public/webhook_subscriptions`]]);
		expect(listed.requests[0].query).toMatchObject({ type: 'attendance/shift/clock_in', enabled: 'true' });
		expect(listed.items.map((i) => i.json.id)).toEqual([id]);

		const got = await run(webhook('get', { webhookSubscriptionId: id }));
		expect(got.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/api_public/webhook_subscriptions/${id}`]]);
		expect(got.items[0].json).toMatchObject({ id, type: 'attendance/shift/clock_in' });

		const updated = await run(
			webhook('update', { webhookSubscriptionId: id, updateFields: { enabled: false, targetUrl: 'https://hooks.example.com/clock-in-v2' } }),
		);
		expect(updated.requests.map((r) => [r.method, r.path])).toEqual([['PUT', `${V}/api_public/webhook_subscriptions/${id}`]]);
		expect(updated.requests[0].body).toEqual({ id, enabled: false, target_url: 'https://hooks.example.com/clock-in-v2' });
		expect(await stored(id)).toMatchObject({ enabled: false, target_url: 'https://hooks.example.com/clock-in-v2' });

		const deleted = await run(webhook('delete', { webhookSubscriptionId: id }));
		expect(deleted.requests.map((r) => [r.method, r.path])).toEqual([['DELETE', `${V}/api_public/webhook_subscriptions/${id}`]]);
		expect(await stored(id)).toBeUndefined();
	});
});
