'use strict';
const { runFactorial, searchList, sandboxState, lastSeq, rl, useSandbox, apiRequests: apiRequestsSince } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const employee = (operation, parameters = {}) => ({ resource: 'employee', operation, ...parameters });
const apiRequests = (since) => apiRequestsSince(sb, since);
const byId = async (id) => (await sandboxState(sb, 'employees')).find((e) => e.id === id);

describe('Employee', () => {
	test('Get Many with Return All pages through every seeded employee', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, { parameters: employee('getAll', { returnAll: true }) });
		expect(error).toBeUndefined();
		const seeded = (await sandboxState(sb, 'employees')).map((e) => e.id);
		expect(seeded.length).toBeGreaterThanOrEqual(250);
		expect(items.map((i) => i.json.id)).toEqual(seeded);
		const pages = await apiRequests(before);
		expect(pages).toHaveLength(Math.ceil(seeded.length / 100));
		expect(pages.every((p) => p.path === '/api/2026-10-01/resources/employees/employees')).toBe(true);
		expect(pages[0].query).toEqual({ limit: '100' });
		expect(pages[1].query.after_id).toBeTruthy();
		expect(items.every((i) => i.pairedItem.item === 0)).toBe(true);
	});

	test('Get Many with a Limit stops after that many records', async () => {
		const before = await lastSeq(sb);
		const { items } = await runFactorial(sb, { parameters: employee('getAll', { returnAll: false, limit: 7 }) });
		expect(items).toHaveLength(7);
		const requests = await apiRequests(before);
		expect(requests).toHaveLength(1);
		expect(requests[0].query.limit).toBe('7');
	});

	test('Get Many filters are sent with Factorial names, arrays as name[]', async () => {
		const all = await sandboxState(sb, 'employees');
		const active = all.filter((e) => !e.terminated_on || e.terminated_on > new Date().toISOString().slice(0, 10));
		const team = all.find((e) => e.team_ids && e.team_ids.length)?.team_ids?.[0];
		const before = await lastSeq(sb);
		const { items } = await runFactorial(sb, {
			parameters: employee('getAll', {
				returnAll: true,
				filters: { ids: `${all[0].id}, ${all[1].id},${all[2].id}`, onlyActive: true, updatedAtGteq: '2000-01-01T00:00:00' },
			}),
		});
		const [request] = await apiRequests(before);
		expect(request.query['ids[]']).toEqual([all[0].id, all[1].id, all[2].id]);
		expect(request.query.only_active).toBe('true');
		expect(request.query.updated_at_gteq).toBe('2000-01-01');
		const expected = active.filter((e) => [all[0].id, all[1].id, all[2].id].includes(e.id)).map((e) => e.id);
		expect(items.map((i) => i.json.id)).toEqual(expected);
		expect(team === undefined || typeof team === 'string').toBe(true);
	});

	test('Get returns one employee per input item, paired to it', async () => {
		const { items } = await runFactorial(sb, {
			parameters: employee('get', { employeeId: '={{ $json.id }}' }),
			items: [{ json: { id: '3' } }, { json: { id: '5' } }],
		});
		expect(items.map((i) => [i.json.id, i.pairedItem.item])).toEqual([
			['3', 0],
			['5', 1],
		]);
	});

	test('Create hires through create_with_contract with converted additional fields', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: employee('create', {
				companyId: rl(sb.fixtures.companyId),
				firstName: 'Ada',
				lastName: 'Lovelace',
				email: 'ada.lovelace@sandbox-labs.example',
				additionalFields: { birthdayOn: '1990-12-10T00:00:00', managerId: rl('1', 'list'), hasTrialPeriod: true, addressLine1: 'Calle 1' },
			}),
		});
		expect(error).toBeUndefined();
		const [request] = await apiRequests(before);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/2026-10-01/resources/employees/employees/create_with_contract');
		expect(request.body).toEqual({
			company_id: sb.fixtures.companyId,
			first_name: 'Ada',
			last_name: 'Lovelace',
			email: 'ada.lovelace@sandbox-labs.example',
			birthday_on: '1990-12-10',
			manager_id: '1',
			has_trial_period: true,
			address_line1: 'Calle 1',
		});
		expect(items).toHaveLength(1);
		const stored = await byId(items[0].json.id);
		expect(stored).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', birthday_on: '1990-12-10' });
	});

	test('Update sends PUT /{id} with the id in the body too', async () => {
		const before = await lastSeq(sb);
		const { items, error } = await runFactorial(sb, {
			parameters: employee('update', { employeeId: rl('4'), updateFields: { firstName: 'Renamed', addressLine1: 'Street 9' } }),
		});
		expect(error).toBeUndefined();
		const [request] = await apiRequests(before);
		expect([request.method, request.path]).toEqual(['PUT', '/api/2026-10-01/resources/employees/employees/4']);
		expect(request.body).toEqual({ id: '4', first_name: 'Renamed', address_line_1: 'Street 9' });
		expect(items[0].json.first_name).toBe('Renamed');
		expect((await byId('4')).first_name).toBe('Renamed');
	});

	test('Terminate then Unterminate change the stored employee', async () => {
		const terminated = await runFactorial(sb, {
			parameters: employee('terminate', {
				employeeId: rl('6'),
				terminatedOn: '2026-12-31',
				additionalFields: { terminationReason: 'End of project', openBackfill: false },
			}),
		});
		expect(terminated.error).toBeUndefined();
		expect(await byId('6')).toMatchObject({ terminated_on: '2026-12-31', termination_reason: 'End of project' });
		const restored = await runFactorial(sb, { parameters: employee('unterminate', { employeeId: rl('6') }) });
		expect(restored.error).toBeUndefined();
		expect((await byId('6')).terminated_on ?? null).toBeNull();
	});

	test('Invite posts the id and company', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, {
			parameters: employee('invite', { employeeId: rl('7'), companyId: rl(sb.fixtures.companyId) }),
		});
		expect(error).toBeUndefined();
		const [request] = await apiRequests(before);
		expect([request.method, request.path]).toEqual(['POST', '/api/2026-10-01/resources/employees/employees/invite']);
		expect(request.body).toEqual({ id: '7', company_id: sb.fixtures.companyId });
	});

	test('a Factorial validation error names the field', async () => {
		const { error } = await runFactorial(sb, {
			parameters: employee('create', {
				companyId: rl(sb.fixtures.companyId),
				firstName: 'Dup',
				lastName: 'Licate',
				email: (await byId('1')).login_email,
			}),
		});
		expect(error).toBeDefined();
		expect(error.message).toMatch(/create_with_contract \(422\): email: /);
	});
});

describe('bad input is refused before anything is sent', () => {
	const cases = [
		['a malformed date', employee('terminate', { employeeId: rl('8'), terminatedOn: '={{ $json.id === "" ? "31/12/2026" : "2026-12-31" }}' }), /"Terminated On" in item 1 is not a valid date/],
		['an impossible date', employee('terminate', { employeeId: rl('8'), terminatedOn: '={{ $json.id === "" ? "2026-02-30" : "2026-02-28" }}' }), /"Terminated On" in item 1 is not a valid date/],
		['an empty id', employee('get', { employeeId: '={{ $json.id }}' }), /"Employee" in item 1 is required but empty/],
		['an id that would change the path', employee('get', { employeeId: '={{ $json.id === "" ? "../credentials" : $json.id }}' }), /"Employee" in item 1 is not a valid ID/],
		['a non-numeric number', employee('create', { companyId: rl('9001'), firstName: 'a', lastName: 'b', email: 'c@d.e', additionalFields: { contractsMaximumWeeklyHours: '={{ $json.id === "" ? "forty" : 40 }}' } }), /"Maximum Weekly Hours" in item 1 is not a number/],
	];
	test.each(cases)('%s', async (_, parameters, message) => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, { parameters, items: [{ json: { id: '2' } }, { json: { id: '' } }] });
		expect(error).toBeDefined();
		expect(error.message).toMatch(message);
		expect(error.context?.itemIndex ?? error.itemIndex).toBe(1);
		expect(await apiRequests(before)).toHaveLength(0);
	});

	test('with continueOnFail the bad item becomes an error item and the others are sent', async () => {
		const { items } = await runFactorial(sb, {
			parameters: employee('get', { employeeId: '={{ $json.id }}' }),
			items: [{ json: { id: '2' } }, { json: { id: '' } }, { json: { id: '999999' } }, { json: { id: '3' } }],
			continueOnFail: true,
		});
		expect(items.map((i) => i.pairedItem.item)).toEqual([0, 1, 2, 3]);
		expect(items[0].json.id).toBe('2');
		expect(items[1].json.error).toMatch(/"Employee" in item 1 is required/);
		expect(items[2].json.error).toMatch(/404/);
		expect(items[2].json.httpCode).toBe('404');
		expect(items[3].json.id).toBe('3');
	});
});

describe('employee picker', () => {
	test('searches by name and pages with the cursor', async () => {
		const all = await sandboxState(sb, 'employees');
		const first = await searchList(sb, 'searchEmployees');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: expect.stringContaining(all[0].first_name), value: all[0].id });
		expect(first.paginationToken).toBeTruthy();
		const second = await searchList(sb, 'searchEmployees', undefined, first.paginationToken);
		expect(second.results[0].value).toBe(all[100].id);
		const target = all[42];
		const found = await searchList(sb, 'searchEmployees', target.last_name);
		expect(found.results.map((r) => r.value)).toContain(target.id);
		expect(found.results.every((r) => r.name.toLowerCase().includes(target.last_name.toLowerCase()))).toBe(true);
	});

	test.each([
		['searchTeams', 'teams'],
		['searchLocations', 'locations'],
	])('%s filters %s by name', async (method, collection) => {
		const records = await sandboxState(sb, collection);
		expect(records.length).toBeGreaterThan(1);
		const everything = await searchList(sb, method);
		expect(everything.results.map((r) => r.value)).toEqual(records.map((r) => r.id));
		const target = records[1];
		const found = await searchList(sb, method, target.name.slice(1, 5).toUpperCase());
		expect(found.results).toContainEqual({ name: target.name, value: target.id });
		expect(found.results.every((r) => r.name.toLowerCase().includes(target.name.slice(1, 5).toLowerCase()))).toBe(true);
	});

	test('company picker lists the credential\'s company', async () => {
		const { results } = await searchList(sb, 'searchCompanies');
		expect(results.map((r) => r.value)).toEqual([sb.fixtures.companyId]);
	});
});
