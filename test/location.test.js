'use strict';
const { runFactorial, sandboxState, lastSeq, rl, useSandbox, apiRequests: apiRequestsSince, runOk } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const location = (operation, parameters = {}) => ({ resource: 'location', operation, ...parameters });
const stored = async (id) => (await sandboxState(sb, 'locations')).find((l) => l.id === id);

const run = (parameters) => runOk(sb, { parameters });

describe('Location', () => {
	test('Get Many lists locations; Only Main Location and employee filters are sent', async () => {
		const locations = await sandboxState(sb, 'locations');
		const all = await run(location('getAll', { returnAll: true }));
		expect(all.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/locations/locations`]]);
		expect(all.items.map((i) => i.json.id)).toEqual(locations.map((l) => l.id));

		const main = await run(location('getAll', { returnAll: true, filters: { main: true } }));
		expect(main.requests[0].query.main).toBe('true');
		expect(main.items.map((i) => i.json.id)).toEqual(locations.filter((l) => l.main).map((l) => l.id));

		const employee = (await sandboxState(sb, 'employees')).find((e) => e.location_id);
		const of = await run(location('getAll', { returnAll: true, filters: { employeeIds: [employee.id] } }));
		expect(of.requests[0].query['employee_ids[]']).toEqual([employee.id]);
		expect(of.items.map((i) => i.json.id)).toEqual([employee.location_id]);
	});

	test('Get reads one location through the location picker', async () => {
		const [first] = await sandboxState(sb, 'locations');
		const { items, requests } = await run(location('get', { locationId: rl(first.id, 'list') }));
		expect(requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/locations/locations/${first.id}`]]);
		expect(items[0].json).toMatchObject({ id: first.id, name: first.name });
	});

	test('Create with a chosen company sends it and no credentials lookup', async () => {
		const { items, requests } = await run(
			location('create', {
				name: 'Lisbon Office',
				country: 'PT',
				timezone: 'Europe/Lisbon',
				companyId: rl(sb.fixtures.companyId, 'list'),
				additionalFields: { city: 'Lisbon', addressLineOne: 'Rua do Sandbox 4', latitude: 38.72, main: false },
			}),
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([['POST', `${V}/locations/locations`]]);
		expect(requests[0].body).toEqual({
			name: 'Lisbon Office',
			country: 'PT',
			timezone: 'Europe/Lisbon',
			company_id: sb.fixtures.companyId,
			city: 'Lisbon',
			address_line_one: 'Rua do Sandbox 4',
			latitude: 38.72,
			main: false,
		});
		expect(await stored(items[0].json.id)).toMatchObject({ name: 'Lisbon Office', address_line_1: 'Rua do Sandbox 4' });
	});

	test('Create without a company reads it from the credentials endpoint', async () => {
		const { items, requests } = await run(location('create', { name: 'Porto Office', country: 'PT', timezone: 'Europe/Lisbon' }));
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `${V}/api_public/credentials`],
			['POST', `${V}/locations/locations`],
		]);
		expect(requests[1].body).toEqual({ name: 'Porto Office', country: 'PT', timezone: 'Europe/Lisbon', company_id: sb.fixtures.companyId });
		expect((await stored(items[0].json.id)).company_id).toBe(sb.fixtures.companyId);
	});

	test('Update sends PUT /{id} with the id in the body; Delete removes the location', async () => {
		const { items } = await run(location('create', { name: 'Temporary Office', country: 'ES', timezone: 'Europe/Madrid' }));
		const id = items[0].json.id;

		const updated = await run(location('update', { locationId: rl(id), updateFields: { name: 'Valencia Office', postalCode: '46001', radius: 120 } }));
		expect(updated.requests.map((r) => [r.method, r.path])).toEqual([['PUT', `${V}/locations/locations/${id}`]]);
		expect(updated.requests[0].body).toEqual({ id, name: 'Valencia Office', postal_code: '46001', radius: 120 });
		expect(await stored(id)).toMatchObject({ name: 'Valencia Office', postal_code: '46001', radius: 120 });

		const deleted = await run(location('delete', { locationId: rl(id) }));
		expect(deleted.requests.map((r) => [r.method, r.path])).toEqual([['DELETE', `${V}/locations/locations/${id}`]]);
		expect(await stored(id)).toBeUndefined();
	});

	test('a missing required field is refused before anything is sent', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, {
			parameters: location('create', { name: 'No Zone', country: 'ES', timezone: '={{ $json.zone }}' }),
			items: [{ json: { zone: ' ' } }],
		});
		expect(error.message).toMatch(/"Timezone" in item 0 is required but empty/);
		expect(await apiRequests(before)).toHaveLength(0);
	});
});
