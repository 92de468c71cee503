'use strict';
// Any Endpoint → Call an Endpoint: every catalogued endpoint, picked from the catalog the package
// ships, with typed parameters, sent through the same transport as the curated operations and
// answered by the sandbox's generic layer.
const { runResourceMapping, storeBinary } = require('./helpers/n8n-harness');
const { Factorial } = require('../dist/nodes/Factorial/Factorial.node.js');
const shipped = require('../nodes/Factorial/catalog/endpoints.json');
const { credentialClasses, credentialsFor, runRecorded, searchList, useSandbox, rl } = require('./helpers/factorial');

let sb;
useSandbox((started) => {
	sb = started;
});

const call = (endpoint, value = {}, extra = {}) => ({
	resource: 'anyEndpoint',
	operation: 'call',
	endpoint: rl(endpoint, 'list'),
	endpointFields: { mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] },
	...extra,
});

const mapping = async (endpoint) =>
	await runResourceMapping({
		nodeClass: Factorial,
		credentialClasses,
		credentials: credentialsFor(sb),
		parameters: { authentication: 'apiKey', ...call(endpoint) },
		method: 'endpointFieldsMapping',
	});

describe('the endpoint picker', () => {
	test('lists all 615 endpoints by area and summary, page by page', async () => {
		const seen = [];
		let token;
		do {
			const page = await searchList(sb, 'searchEndpoints', undefined, token);
			seen.push(...page.results);
			token = page.paginationToken;
		} while (token);
		expect(seen).toHaveLength(615);
		expect(new Set(seen.map((r) => r.value)).size).toBe(615);
		expect(seen.find((r) => r.value === 'GET attendance/worked_times').name).toBe('Attendance: Reads all Worked times');
	});

	test('searching matches every word in area, summary, method or path, and flags uploads and API-key-only endpoints', async () => {
		const { results } = await searchList(sb, 'searchEndpoints', 'overtime approve');
		expect(results.map((r) => r.value)).toEqual(['POST attendance/overtime_requests/approve']);
		const planned = await searchList(sb, 'searchEndpoints', 'planned_records');
		expect(planned.results.length).toBe(5);
		for (const r of planned.results) expect(r.name).toMatch(/\(API key only\)$/);
		const upload = await searchList(sb, 'searchEndpoints', 'POST tasks/task_files');
		expect(upload.results[0].name).toMatch(/\(file upload\)$/);
	});
});

describe('the parameters of the picked endpoint', () => {
	test('path, query and body values with types, required flags and choices', async () => {
		const { fields } = await mapping('PUT attendance/overtime_requests/{id}');
		const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
		expect(byId.path_id).toMatchObject({ displayName: 'id (Path)', required: true, type: 'string' });
		expect(byId.body_id).toMatchObject({ displayName: 'id', required: true });
		expect(byId.body_hours_amount).toMatchObject({ required: false, type: 'number' });
		const list = await mapping('GET attendance/overtime_requests');
		const flags = Object.fromEntries(list.fields.map((f) => [f.id, f]));
		expect(flags.query_include_approval_flow).toMatchObject({ displayName: 'include_approval_flow (Query)', required: true, type: 'boolean' });
		expect(flags.query_employee_ids).toMatchObject({ displayName: 'employee_ids[] (Query)', type: 'array' });
		const withChoices = shipped.endpoints.find((e) => (e.b || []).some((f) => f.e));
		const choice = withChoices.b.find((f) => f.e);
		const chosen = (await mapping(`${withChoices.m} ${withChoices.p}`)).fields.find((f) => f.id === `body_${choice.n.replace('[]', '')}`);
		expect(chosen.type).toBe('options');
		expect(chosen.options.map((o) => o.value)).toEqual(choice.e);
	});

	test('no endpoint picked, or one without parameters: an empty list with a notice', async () => {
		expect((await mapping('')).fields).toEqual([]);
		const bare = shipped.endpoints.find((e) => !e.pp && !e.q && !e.b);
		const { fields, emptyFieldsNotice } = await mapping(`${bare.m} ${bare.p}`);
		expect(fields).toEqual([]);
		expect(emptyFieldsNotice).toMatch(/takes no parameters/);
	});

	test('every endpoint\'s parameter keys are unique (n8n keys the values by them)', () => {
		for (const e of shipped.endpoints) {
			const ids = [...(e.pp || []).map((f) => `path_${f.n}`), ...(e.q || []).map((f) => `query_${f.n.replace(/\[\]$/, '')}`), ...(e.b || []).map((f) => `body_${f.n.replace(/\[\]$/, '')}`)];
			expect([e.p, new Set(ids).size]).toEqual([e.p, ids.length]);
		}
	});
});

describe('calling an endpoint', () => {
	test('a list follows pagination; array filters go as name[]', async () => {
		const all = await runRecorded(sb, { parameters: call('GET trainings/categories', {}, { returnAll: true }) });
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(3);
		const limited = await runRecorded(sb, { parameters: call('GET trainings/categories', { query_ids: `${all.items[0].json.id},${all.items[2].json.id}` }, { returnAll: false, limit: 1 }) });
		expect(limited.items.map((i) => i.json.id)).toEqual([all.items[0].json.id]);
		expect(limited.requests[0].query['ids[]']).toEqual([all.items[0].json.id, all.items[2].json.id]);
	});

	test('a required query parameter left empty fails before sending, naming it and the item', async () => {
		const { error, requests } = await runRecorded(sb, { parameters: call('GET attendance/overtime_requests') });
		expect(error.message).toBe('"include_approval_flow (Query)" in item 0 is required but empty');
		expect(requests).toHaveLength(0);
	});

	test('create, then update and read by id, with typed values; the company is looked up when left empty', async () => {
		const created = await runRecorded(sb, {
			parameters: call('POST attendance/overtime_requests', { body_date: '2026-10-07', body_employee_id: 3, body_author_id: '1', body_hours_amount: '2.5' }),
		});
		expect(created.error).toBeUndefined();
		expect(created.requests[0].body).toEqual({ date: '2026-10-07', employee_id: '3', author_id: '1', hours_amount: 2.5 });
		const { id } = created.items[0].json;
		const updated = await runRecorded(sb, { parameters: call('PUT attendance/overtime_requests/{id}', { path_id: id, body_id: id, body_reason: 'Launch' }) });
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `/api/2026-10-01/resources/attendance/overtime_requests/${id}`, body: { id, reason: 'Launch' } });
		expect(updated.items[0].json.reason).toBe('Launch');
		const category = await runRecorded(sb, { parameters: call('POST trainings/categories', { body_name: 'Safety' }) });
		expect(category.error).toBeUndefined();
		expect(category.requests.at(-1).body).toEqual({ name: 'Safety', company_id: sb.fixtures.companyId });
	});

	test('a wrong type, a value outside the choices, or a parameter of another endpoint fails before sending', async () => {
		const number = await runRecorded(sb, { parameters: call('POST attendance/overtime_requests', { body_date: '2026-10-07', body_employee_id: '3', body_author_id: '1', body_hours_amount: 'two' }) });
		expect(number.error.message).toBe('"hours_amount" in item 0 is not a number: "two"');
		const withChoices = shipped.endpoints.find((e) => e.m === 'GET' && (e.q || []).some((f) => f.e && f.t === 'string') && !(e.q || []).some((f) => f.r));
		const param = withChoices.q.find((f) => f.e && f.t === 'string');
		const choice = await runRecorded(sb, { parameters: call(`GET ${withChoices.p}`, { [`query_${param.n.replace('[]', '')}`]: 'no-such-choice' }) });
		expect(choice.error.message).toMatch(new RegExp(`^"${param.n.replace(/[[\]]/g, '\\$&')} \\(Query\\)" in item 0 is not one of its options`));
		const stale = await runRecorded(sb, { parameters: call('GET trainings/categories', { query_employee_ids: '1' }) });
		expect(stale.error.message).toBe('"Parameters" in item 0 has "query_employee_ids", which GET trainings/categories does not take');
		const hostileId = await runRecorded(sb, { parameters: call('GET trainings/categories/{id}', { path_id: '../../employees/employees' }) });
		expect(hostileId.error.message).toMatch(/"id \(Path\)" in item 0 is not a valid ID/);
		for (const r of [number, choice, stale, hostileId]) expect(r.requests).toHaveLength(0);
	});

	test('an endpoint that accepts only an API key fails before sending with an OAuth2 credential, and works with a key', async () => {
		const oauth = await runRecorded(sb, { authentication: 'oAuth2', parameters: call('GET project_management/planned_records', {}, { returnAll: true }) });
		expect(oauth.error.message).toBe('GET project_management/planned_records accepts only an API key, and this node signs in with OAuth2');
		expect(oauth.requests).toHaveLength(0);
		const key = await runRecorded(sb, { parameters: call('GET project_management/planned_records', {}, { returnAll: true }) });
		expect(key.error).toBeUndefined();
		expect(key.items.length).toBeGreaterThan(0);
	});

	test('a multipart endpoint sends the named binary property as a file part', async () => {
		const binary = { data: await storeBinary(Buffer.from('hello'), { fileName: 'note.txt', mimeType: 'text/plain' }) };
		const sent = await runRecorded(sb, { items: [{ json: {}, binary }], parameters: call('POST tasks/task_files', { body_task_id: '5', body_file: 'data' }) });
		expect(sent.error).toBeUndefined();
		expect(sent.requests[0].body).toMatchObject({ task_id: '5', file: { filename: 'note.txt', contentType: 'text/plain', size: 5 } });
		const missing = await runRecorded(sb, { items: [{ json: {} }], parameters: call('POST tasks/task_files', { body_task_id: '5', body_file: 'data' }) });
		expect(missing.error.message).toMatch(/"file" in item 0 names the binary property "data", which item 0 does not have/);
		expect(missing.requests).toHaveLength(0);
	});

	test('an endpoint that is not in the catalog is refused', async () => {
		const { error, requests } = await runRecorded(sb, { parameters: call('GET employees/secret') });
		expect(error.message).toBe('"Endpoint" in item 0 is not an endpoint of Factorial\'s catalog: "GET employees/secret"');
		expect(requests).toHaveLength(0);
	});
});

test('the shipped catalog is the one scripts/catalog.js writes from the facts (615 endpoints)', () => {
	const fs = require('node:fs');
	const { render, OUT } = require('../scripts/catalog');
	expect(fs.readFileSync(OUT, 'utf8')).toBe(render());
	expect(shipped.endpoints).toHaveLength(615);
	expect(shipped.endpoints.filter((e) => e.k).map((e) => `${e.m} ${e.p}`)).toEqual(expect.arrayContaining(['PUT finance/tax_rates/{id}', 'PUT trainings/training_memberships/{id}', 'GET project_management/planned_records']));
	expect(shipped.endpoints.filter((e) => e.mp)).toHaveLength(7);
});
