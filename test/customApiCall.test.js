'use strict';
const { startSandbox } = require('./sandbox');
const { runFactorial, sandboxLog, lastSeq } = require('./helpers/factorial');

let sb;
beforeAll(async () => {
	sb = await startSandbox({ port: 0 });
});
afterAll(async () => sb.close());

const call = (parameters) => ({ resource: 'customApiCall', operation: 'call', ...parameters });
const apiRequests = async (since) => (await sandboxLog(sb, since)).filter((e) => !e.path.startsWith('/__sandbox'));

describe('Custom API Call', () => {
	test('GET with query arrays and Return All pages through a list', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: call({ method: 'GET', path: 'employees/employees', query: '{"ids": ["1", "2", "3"]}', returnAll: true }),
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['1', '2', '3']);
		const [request] = await apiRequests(before);
		expect(request.query['ids[]']).toEqual(['1', '2', '3']);
	});

	test('a single GET returns the response as it came', async () => {
		const { items } = await runFactorial(sb, { parameters: call({ method: 'GET', path: '/api_public/credentials' }) });
		expect(items).toHaveLength(1);
		expect(items[0].json.data[0].company_id).toBe(sb.fixtures.companyId);
	});

	test('PUT sends the JSON body', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, {
			parameters: call({ method: 'PUT', path: 'employees/employees/9', body: '{"id": "9", "city": "Girona"}' }),
		});
		expect(error).toBeUndefined();
		const [request] = await apiRequests(before);
		expect([request.method, request.path, request.body]).toEqual(['PUT', '/api/2026-10-01/resources/employees/employees/9', { id: '9', city: 'Girona' }]);
	});

	test('invalid JSON in the body names the field and the item before sending', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, { parameters: call({ method: 'POST', path: 'teams/teams', body: '{"name": ' }) });
		expect(error.message).toMatch(/"Body \(JSON\)" in item 0 is not valid JSON/);
		expect(await apiRequests(before)).toHaveLength(0);
	});

	// An AI agent may hand the tool any string: none of these may send the credential anywhere else.
	const hostile = [
		'https://evil.example/steal',
		'//evil.example/steal',
		'http:/evil.example',
		'../../../oauth/token',
		'employees/../../credentials',
		'employees/%2e%2e/%2e%2e/x',
		'employees%2F..%2F..',
		'employees\\..\\x',
		'employees/employees?x=1',
		'employees/employees#frag',
		'@evil.example/x',
		'employees/ employees',
		'employees//employees',
		'.',
		'={{ "" }}',
	];
	test.each(hostile)('refuses the path %j without sending anything', async (path) => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, { parameters: call({ method: 'GET', path }) });
		expect(error).toBeDefined();
		expect(error.message).toMatch(/"Path" in item 0 (must be a path below|is required)/);
		expect(await apiRequests(before)).toHaveLength(0);
	});
});
