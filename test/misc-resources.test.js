'use strict';
// Legal Entity and Company Holiday.
const { sandboxState, rl, useSandbox, apiRequests: apiRequestsSince, runOk } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);

const run = (parameters) => runOk(sb, { parameters });

describe('Legal Entity', () => {
	const legalEntity = (operation, parameters = {}) => ({ resource: 'legalEntity', operation, ...parameters });

	test('Create fills the company from the credentials endpoint; Get and Get Many read it back', async () => {
		const { items, requests } = await run(
			legalEntity('create', {
				legalName: 'Sandbox Labs SAS',
				country: 'fr',
				currency: 'EUR',
				additionalFields: { tin: 'FR00000000000', city: 'Paris', addressLine1: '1 Rue du Sandbox' },
			}),
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `${V}/api_public/credentials`],
			['POST', `${V}/companies/legal_entities`],
		]);
		expect(requests[1].body).toEqual({
			legal_name: 'Sandbox Labs SAS',
			country: 'fr',
			currency: 'EUR',
			company_id: sb.fixtures.companyId,
			tin: 'FR00000000000',
			city: 'Paris',
			address_line_1: '1 Rue du Sandbox',
		});
		const id = items[0].json.id;
		expect((await sandboxState(sb, 'legal_entities')).find((e) => e.id === id)).toMatchObject({ legal_name: 'Sandbox Labs SAS', country: 'fr' });

		const got = await run(legalEntity('get', { legalEntityId: id }));
		expect(got.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/companies/legal_entities/${id}`]]);
		expect(got.items[0].json).toMatchObject({ id, currency: 'EUR' });

		const french = await run(legalEntity('getAll', { returnAll: true, filters: { countryIds: 'fr', companiesIds: sb.fixtures.companyId } }));
		expect(french.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/companies/legal_entities`]]);
		expect(french.requests[0].query).toMatchObject({ 'country_ids[]': ['fr'], 'companies_ids[]': [sb.fixtures.companyId] });
		expect(french.items.map((i) => i.json.id)).toEqual([id]);
	});

	test('Create with a chosen company sends it as is', async () => {
		const { requests } = await run(
			legalEntity('create', { legalName: 'Sandbox Labs Ltd', country: 'gb', currency: 'GBP', companyId: rl(sb.fixtures.companyId, 'list') }),
		);
		expect(requests.map((r) => r.path)).toEqual([`${V}/companies/legal_entities`]);
		expect(requests[0].body).toEqual({ legal_name: 'Sandbox Labs Ltd', country: 'gb', currency: 'GBP', company_id: sb.fixtures.companyId });
	});
});

describe('Company Holiday', () => {
	const holiday = (operation, parameters = {}) => ({ resource: 'companyHoliday', operation, ...parameters });

	test('Get Many filters by location and dates; Get reads one', async () => {
		const rows = await sandboxState(sb, 'company_holidays');
		const locationId = rows[0].location_id;
		const { items, requests } = await run(
			holiday('getAll', { returnAll: true, filters: { locationIds: locationId, startAt: '2026-04-01', endAt: '2026-08-31T23:00:00' } }),
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/holidays/company_holidays`]]);
		expect(requests[0].query).toEqual({ limit: '100', 'location_ids[]': [locationId], start_at: '2026-04-01', end_at: '2026-08-31' });
		const expected = rows.filter((h) => h.location_id === locationId && h.date >= '2026-04-01' && h.date <= '2026-08-31').map((h) => h.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const got = await run(holiday('get', { companyHolidayId: rows[2].id }));
		expect(got.requests.map((r) => [r.method, r.path])).toEqual([['GET', `${V}/holidays/company_holidays/${rows[2].id}`]]);
		expect(got.items[0].json).toMatchObject({ id: rows[2].id, date: rows[2].date });
	});

	test('Get Many by employee reaches the holidays of their location', async () => {
		const employee = (await sandboxState(sb, 'employees')).find((e) => e.location_id);
		const { items, requests } = await run(holiday('getAll', { returnAll: true, filters: { employeeIds: employee.id } }));
		expect(requests[0].query['employee_ids[]']).toEqual([employee.id]);
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((i) => i.json.location_id === employee.location_id)).toBe(true);
	});
});
