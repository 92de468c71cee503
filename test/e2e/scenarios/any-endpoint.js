'use strict';
// 10. Any Endpoint → Call an Endpoint in a real n8n: the parameters are stored with the schema the
// resource mapper gives the editor (so n8n checks the values against their types, as after editing),
// a create feeds a list filtered by an expression-built array, and an API-key-only endpoint with an
// OAuth2 credential fails before anything is sent.
const assert = require('node:assert/strict');
const path = require('node:path');
const w = require('../lib/workflows');
const { nodeItems, nodeJson } = require('../lib/run-data');

const ID = 'e2eAnyEndpoint';
const ID_OAUTH = 'e2eAnyEndpointApiKeyOnly';
const CREATE = 'Create overtime request';
const LIST = 'List it back';
const PLANNED = 'Planned records';

/** What the editor stores once the endpoint is picked: the mapper's fields as its schema. */
async function mapper(endpoint, value) {
	const { endpointFieldsMapping } = require(path.join(__dirname, '..', '..', '..', 'dist', 'nodes', 'Factorial', 'methods', 'endpoints.js'));
	const { fields } = await endpointFieldsMapping.call({ getCurrentNodeParameter: () => endpoint });
	return { mappingMode: 'defineBelow', value, matchingColumns: [], schema: fields.map((f) => ({ ...f, removed: !f.required && !(f.id in value) })), attemptToConvertTypes: false, convertFieldsToString: false };
}

const call = async (endpoint, value, extra = {}) => ({
	resource: 'anyEndpoint',
	operation: 'call',
	endpoint: { __rl: true, mode: 'list', value: endpoint, cachedResultName: endpoint },
	endpointFields: await mapper(endpoint, value),
	...extra,
});

module.exports = {
	title: '10. Any Endpoint: typed parameters create a record and list it back; an API-key-only endpoint refuses OAuth2 before sending',
	async workflows(ctx) {
		return [
			w.chain(ID, 'E2E 10: Any Endpoint', [
				w.manualTrigger(),
				w.factorial(CREATE, await call('POST attendance/overtime_requests', { body_date: '2026-10-09', body_employee_id: '2', body_author_id: '1', body_hours_amount: 2.5, body_description: 'E2E overtime' }), { credential: ctx.creds.apiKey }),
				w.factorial(LIST, await call('GET attendance/overtime_requests', { query_include_approval_flow: false, query_ids: '={{ [$json.id] }}' }, { returnAll: true }), { credential: ctx.creds.apiKey }),
			]),
			w.chain(ID_OAUTH, 'E2E 10: API key only', [
				w.manualTrigger(),
				w.factorial(PLANNED, await call('GET project_management/planned_records', {}, { returnAll: true }), { authentication: 'oAuth2', credential: ctx.creds.user, settings: { onError: 'continueRegularOutput' } }),
			]),
		];
	},
	async run(ctx) {
		const mark = await ctx.sb.control.mark();
		const run = await ctx.execute(ID);
		assert.equal(run.status, 'success', ctx.runError(run));
		const [created] = nodeJson(run, CREATE);
		assert.equal(created.date, '2026-10-09');
		assert.equal(created.employee_id, '2');
		const listed = nodeJson(run, LIST);
		assert.deepEqual(listed.map((r) => r.id), [created.id], 'the list filtered by the new id returns it alone');
		const log = (await ctx.sb.control.log(mark)).filter((e) => e.path.includes('/overtime_requests'));
		assert.deepEqual(log.map((e) => [e.method, e.status]), [['POST', 201], ['GET', 200]]);
		assert.deepEqual(log[0].body, { date: '2026-10-09', employee_id: '2', author_id: '1', hours_amount: 2.5, description: 'E2E overtime' });
		assert.deepEqual(log[1].query['ids[]'], [created.id]);
		assert.equal(log[1].query.include_approval_flow, 'false');

		const before = await ctx.sb.control.mark();
		const refused = await ctx.execute(ID_OAUTH);
		const [item] = nodeItems(refused, PLANNED);
		assert.match(String(item && item.json.error), /accepts only an API key/, `the item says why: ${JSON.stringify(item && item.json)}`);
		const sent = (await ctx.sb.control.log(before)).filter((e) => e.path.includes('planned_records'));
		assert.equal(sent.length, 0, 'nothing was sent to the API-key-only endpoint');
		return `created overtime request ${created.id}, listed back by id; API-key-only refusal: "${item.json.error}"`;
	},
};
