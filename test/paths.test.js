'use strict';
// Building a request's path and query, on its own: Rails-style query strings (toQueryString), the
// Custom API Call path guard (resourcePath), and the generic mapping that puts each field in the path,
// the query or the body (prepareRequest). A stub stands in for n8n's context: no n8n run, no sandbox.
const { toQueryString } = require('../dist/nodes/shared/transport/request');
const { resourcePath } = require('../dist/nodes/Factorial/resources/customApiCall/path');
const { prepareRequest } = require('../dist/nodes/Factorial/engine/prepare');

describe('toQueryString', () => {
	test.each([
		[{}, ''],
		[undefined, ''],
		[{ limit: 50, after_id: 'MTA=' }, 'limit=50&after_id=MTA%3D'],
		[{ ids: ['1', '2'] }, 'ids[]=1&ids[]=2'],
		[{ ids: [] }, ''],
		[{ only_active: true, include_inputed_minutes: false }, 'only_active=true&include_inputed_minutes=false'],
		[{ skipped: undefined, empty: '', kept: 0 }, 'kept=0'],
		[{ 'odd key&': 'a b&c=d/é' }, 'odd%20key%26=a%20b%26c%3Dd%2F%C3%A9'],
		[{ names: ['x&y', 'ü'] }, 'names[]=x%26y&names[]=%C3%BC'],
	])('%j → %s', (query, expected) => {
		expect(toQueryString(query)).toBe(expected);
	});
});

describe('resourcePath (Custom API Call): only a plain path below /resources/', () => {
	test.each([
		['timeoff/leaves', 'timeoff/leaves'],
		['/timeoff/leaves', 'timeoff/leaves'],
		['  employees/employees/12  ', 'employees/employees/12'],
		['ats/job_postings/5001/duplicate', 'ats/job_postings/5001/duplicate'],
		['files/report.v2', 'files/report.v2'],
	])('%j → %j', (input, expected) => {
		expect(resourcePath(input)).toBe(expected);
	});

	test.each([
		'',
		'/',
		'//evil.example/x',
		'https://evil.example/x',
		'timeoff/../credentials',
		'timeoff/./leaves',
		'timeoff//leaves',
		'timeoff/leaves/',
		'timeoff/leaves?id=1',
		'timeoff/leaves#x',
		'timeoff/%2e%2e/x',
		'timeoff\\leaves',
		'.hidden/x',
		'timeoff/leaves x',
	])('%j is refused', (input) => {
		expect(resourcePath(input)).toBeUndefined();
	});
});

describe('prepareRequest: each field in the path, the query or the body', () => {
	const context = (parameters) => ({
		getNode: () => ({ id: 'n1', name: 'Factorial', type: 'n8n-nodes-factorial.factorial', typeVersion: 1, position: [0, 0], parameters }),
		getTimezone: () => 'Europe/Madrid',
		getNodeParameter: (name, _itemIndex, fallback) => (name in parameters ? parameters[name] : fallback),
	});
	const lookups = { companyId: async () => '9001' };
	const id = { wire: 'id', displayName: 'Team', kind: 'locator', locator: 'team', required: true };
	const prepare = (operation, parameters) => prepareRequest(context(parameters), operation, 0, lookups);

	test('an id picked from a list goes into the path, encoded', async () => {
		const op = { name: 'get', displayName: 'Get', action: 'a', description: 'd', method: 'GET', path: 'teams/teams/{id}', fields: [{ ...id, in: 'path' }] };
		expect(await prepare(op, { id: { __rl: true, mode: 'list', value: '12' } })).toEqual({ request: { method: 'GET', path: 'teams/teams/12' } });
		expect((await prepare(op, { id: 'a_b.c-1' })).request.path).toBe('teams/teams/a_b.c-1');
	});

	test('an id that could change the path is refused, not encoded into it', async () => {
		const op = { name: 'get', displayName: 'Get', action: 'a', description: 'd', method: 'GET', path: 'teams/teams/{id}', fields: [{ ...id, in: 'path' }] };
		for (const bad of ['../1', '1/2', '1?x=2', '%2e']) {
			await expect(prepare(op, { id: bad })).rejects.toThrow(`"Team" in item 0 is not a valid ID: "${bad}"`);
		}
	});

	test('a path field left unset is reported by name', async () => {
		const op = { name: 'get', displayName: 'Get', action: 'a', description: 'd', method: 'GET', path: 'teams/teams/{id}', fields: [{ ...id, required: false, in: 'path' }] };
		await expect(prepare(op, {})).rejects.toThrow('"id" in item 0 is required to build the request path');
	});

	test('GET and DELETE put the other fields in the query; POST and PUT in the body; pathAndBody in both', async () => {
		const fields = [
			{ wire: 'employee_ids', displayName: 'Employees', kind: 'list', each: 'id' },
			{ wire: 'from', displayName: 'From', kind: 'date' },
		];
		const list = { name: 'getAll', displayName: 'Get Many', action: 'a', description: 'd', method: 'GET', path: 'timeoff/leaves', list: true, fields };
		expect(await prepare(list, { employeeIds: '1,2', from: '2026-10-01', returnAll: false, limit: 5 })).toEqual({
			request: { method: 'GET', path: 'timeoff/leaves', query: { employee_ids: ['1', '2'], from: '2026-10-01' } },
			page: { returnAll: false, limit: 5 },
		});
		const update = { name: 'update', displayName: 'Update', action: 'a', description: 'd', method: 'PUT', path: 'teams/teams/{id}', fields: [{ ...id, in: 'pathAndBody' }, ...fields] };
		expect(await prepare(update, { id: '7', from: '2026-10-01' })).toEqual({
			request: { method: 'PUT', path: 'teams/teams/7', body: { id: '7', from: '2026-10-01' } },
		});
	});

	test('optional fields are sent only when chosen; autofill fills the company', async () => {
		const op = {
			name: 'create', displayName: 'Create', action: 'a', description: 'd', method: 'POST', path: 'teams/teams',
			fields: [{ wire: 'company_id', displayName: 'Company', kind: 'locator', locator: 'company', autofill: 'companyId' }],
			optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [
				{ wire: 'description', displayName: 'Description', kind: 'string' },
				{ wire: 'avatar', displayName: 'Avatar', kind: 'url' },
			] },
		};
		expect(await prepare(op, { additionalFields: { description: ' Ops ' } })).toEqual({
			request: { method: 'POST', path: 'teams/teams', body: { company_id: '9001', description: 'Ops' } },
		});
	});
});
