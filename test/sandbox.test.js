'use strict';
// Tests the Factorial sandbox itself, over real HTTP with Node's global fetch.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { startSandbox } = require('./sandbox');

const V = '2026-10-01';
const api = (sb, p) => `${sb.url}/api/${V}/resources/${p}`;
const json = { 'content-type': 'application/json' };

function client(sb, auth) {
	const headers = auth || { 'x-api-key': sb.fixtures.apiKey };
	const call = async (method, p, body, extra = {}) => {
		const res = await fetch(api(sb, p), {
			method,
			headers: { ...headers, ...(body !== undefined ? json : {}), ...extra },
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
	};
	return {
		get: (p) => call('GET', p),
		post: (p, body, extra) => call('POST', p, body, extra),
		put: (p, body) => call('PUT', p, body),
		del: (p) => call('DELETE', p),
	};
}

async function listAll(c, p, query = '') {
	const rows = [];
	let after = null;
	for (let pages = 0; pages < 1000; pages++) {
		const sep = query ? '&' : '';
		const res = await c.get(`${p}?${query}${after ? `${sep}after_id=${encodeURIComponent(after)}` : ''}`);
		expect(res.status).toBe(200);
		rows.push(...res.body.data);
		if (!res.body.meta.has_next_page) return { rows, meta: res.body.meta };
		after = res.body.meta.end_cursor;
	}
	throw new Error('pagination did not end');
}

const control = async (sb, method, p, body) => {
	const res = await fetch(`${sb.url}/__sandbox/${p}`, { method, headers: json, body: body ? JSON.stringify(body) : undefined });
	return { status: res.status, body: await res.json() };
};

const bearer = (token) => ({ authorization: `Bearer ${token}` });

async function authorize(sb, query) {
	const qs = new URLSearchParams({ response_type: 'code', client_id: sb.fixtures.oauth.clientId, redirect_uri: sb.fixtures.oauth.redirectUris[0], ...query });
	return fetch(`${sb.url}/oauth/authorize?${qs}`, { redirect: 'manual' });
}

async function token(sb, params, headers = {}) {
	const res = await fetch(`${sb.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams(params).toString(),
	});
	return { status: res.status, body: await res.json(), headers: res.headers };
}

async function codeFor(sb, extra = {}) {
	const res = await authorize(sb, { state: 'xyz', ...extra });
	expect(res.status).toBe(302);
	const location = new URL(res.headers.get('location'));
	expect(location.searchParams.get('state')).toBe('xyz');
	return location.searchParams.get('code');
}

const clientCreds = (sb) => ({ client_id: sb.fixtures.oauth.clientId, client_secret: sb.fixtures.oauth.clientSecret });

describe('Factorial sandbox', () => {
	let sb;
	let c;
	beforeAll(async () => {
		sb = await startSandbox({ employees: 260, seed: 1 });
		c = client(sb);
	});
	afterAll(() => sb.close());

	describe('pagination', () => {
		test('walks every seeded employee in id order with cursors', async () => {
			const { rows, meta } = await listAll(c, 'employees/employees', 'limit=100');
			expect(rows).toHaveLength(260);
			expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 260 }, (_, i) => String(i + 1)));
			expect(meta).toMatchObject({ has_next_page: false, has_previous_page: true, total: 260, limit: 100 });
			expect(Buffer.from(meta.end_cursor, 'base64').toString()).toBe('260');
		});

		test('default limit is 100, larger limits are capped, bad limits and cursors are 400', async () => {
			const first = await c.get('employees/employees');
			expect(first.body.data).toHaveLength(100);
			expect(first.body.meta).toMatchObject({ has_next_page: true, has_previous_page: false, limit: 100, total: 260 });
			expect(first.body.meta.start_cursor).toBe(Buffer.from('1').toString('base64'));
			const capped = await c.get('employees/employees?limit=500');
			expect(capped.body.data).toHaveLength(100);
			expect(capped.body.meta.limit).toBe(100);
			const bad = await c.get('employees/employees?limit=abc');
			expect(bad.status).toBe(400);
			expect(bad.body.errors[0]).toMatchObject({ code: 'malformed_request', field: 'limit' });
			const badCursor = await c.get('employees/employees?after_id=%25%25');
			expect(badCursor.status).toBe(400);
		});

		test('the log tells a list answer with pages to come from the last one', async () => {
			const since = (await control(sb, 'GET', 'stats')).body.log.lastSeq;
			await listAll(c, 'employees/employees', 'limit=100');
			await c.get('employees/employees/1');
			const log = (await control(sb, 'GET', `log?since=${since}`)).body;
			expect(log.map((e) => e.hasNextPage)).toEqual([true, true, false, undefined]);
		});

		test('before_id returns the page just before the cursor', async () => {
			const cursor = Buffer.from('51').toString('base64');
			const res = await c.get(`employees/employees?limit=10&before_id=${cursor}`);
			expect(res.body.data.map((r) => r.id)).toEqual(['41', '42', '43', '44', '45', '46', '47', '48', '49', '50']);
			expect(res.body.meta).toMatchObject({ has_previous_page: true, has_next_page: true });
		});

		test('a 20,000-employee sandbox pages through quickly', async () => {
			const big = await startSandbox({ employees: 20000, seed: 5 });
			try {
				const started = Date.now();
				const { rows } = await listAll(client(big), 'employees/employees', 'limit=100');
				expect(rows).toHaveLength(20000);
				expect(new Set(rows.map((r) => r.id)).size).toBe(20000);
				expect(Date.now() - started).toBeLessThan(15000);
			} finally {
				await big.close();
			}
		}, 30000);
	});

	describe('employee list filters', () => {
		let all;
		let teams;
		beforeAll(async () => {
			all = (await listAll(c, 'employees/employees')).rows;
			teams = (await c.get('teams/teams')).body.data;
		});
		const ids = (rows) => rows.map((r) => r.id);

		test('seed has active, terminated, managers, teams and locations, with object field names', () => {
			const fields = require('./sandbox/facts/objects-2026-10-01.json').employee.fields;
			expect(Object.keys(all[0]).sort()).toEqual(Object.keys(fields).sort());
			const terminated = all.filter((e) => e.terminated_on);
			expect(terminated.length).toBeGreaterThan(10);
			expect(terminated.every((e) => e.active === false)).toBe(true);
			expect(all.filter((e) => e.manager_id).length).toBeGreaterThan(200);
			expect(new Set(all.map((e) => e.location_id)).size).toBe(3);
			expect(teams.length).toBeGreaterThanOrEqual(3);
			expect(typeof all[0].id).toBe('string');
			expect(new Set(all.map((e) => e.updated_at.slice(0, 4))).size).toBeGreaterThan(4);
		});

		test('same seed gives the same people', async () => {
			const again = await startSandbox({ employees: 260, seed: 1 });
			try {
				const rows = (await listAll(client(again), 'employees/employees')).rows;
				expect(rows.map((r) => [r.full_name, r.email, r.terminated_on, r.manager_id])).toEqual(
					all.map((r) => [r.full_name, r.email, r.terminated_on, r.manager_id]),
				);
				expect(again.fixtures.apiKey).toBe(sb.fixtures.apiKey);
			} finally {
				await again.close();
			}
		});

		test('ids[] and emails[] accept repeated name[] params', async () => {
			const res = await c.get('employees/employees?ids[]=3&ids[]=7&ids[]=99999');
			expect(ids(res.body.data)).toEqual(['3', '7']);
			expect(res.body.meta.total).toBe(2);
			const wanted = [all[4].email, all[9].login_email.toUpperCase()];
			const byEmail = await c.get(`employees/employees?${wanted.map((e) => `emails[]=${encodeURIComponent(e)}`).join('&')}`);
			expect(ids(byEmail.body.data)).toEqual([all[4].id, all[9].id]);
			const byAccess = await c.get(`employees/employees?access_ids[]=${all[2].access_id}`);
			expect(ids(byAccess.body.data)).toEqual([all[2].id]);
		});

		test('only_active and only_managers', async () => {
			const today = new Date().toISOString().slice(0, 10);
			const active = (await listAll(c, 'employees/employees', 'only_active=true')).rows;
			expect(ids(active)).toEqual(ids(all.filter((e) => !e.terminated_on || e.terminated_on > today)));
			const ignored = await c.get('employees/employees?only_active=false');
			expect(ignored.body.meta.total).toBe(260);
			const managerIds = new Set(all.map((e) => e.manager_id).filter(Boolean));
			const managers = (await listAll(c, 'employees/employees', 'only_managers=true')).rows;
			expect(ids(managers)).toEqual(ids(all.filter((e) => managerIds.has(e.id))));
			expect(managers.length).toBeGreaterThan(3);
		});

		test('team_ids[], location_ids[], legal_entity_ids[] and company_identifier', async () => {
			const [t1, t2] = teams;
			const inTeams = (await listAll(c, 'employees/employees', `team_ids[]=${t1.id}&team_ids[]=${t2.id}`)).rows;
			const expected = new Set([...t1.employee_ids, ...t2.employee_ids]);
			expect(ids(inTeams)).toEqual(ids(all.filter((e) => expected.has(e.id))));
			const loc = all[0].location_id;
			const atLoc = (await listAll(c, 'employees/employees', `location_ids[]=${loc}`)).rows;
			expect(ids(atLoc)).toEqual(ids(all.filter((e) => e.location_id === loc)));
			const le = await c.get(`employees/employees?legal_entity_ids[]=${sb.fixtures.legalEntityId}`);
			expect(le.body.meta.total).toBe(260);
			const none = await c.get('employees/employees?legal_entity_ids[]=424242');
			expect(none.body).toEqual({ data: [], meta: expect.objectContaining({ total: 0, has_next_page: false, end_cursor: null }) });
			const one = await c.get(`employees/employees?company_identifier=${all[11].company_identifier}`);
			expect(ids(one.body.data)).toEqual([all[11].id]);
		});

		test('name_starts_with, full_text_name and updated_at_gteq', async () => {
			const target = all[20];
			const prefix = target.first_name.slice(0, 3);
			const starts = (await listAll(c, 'employees/employees', `name_starts_with=${encodeURIComponent(prefix.toLowerCase())}`)).rows;
			expect(ids(starts)).toContain(target.id);
			expect(starts.every((e) => [e.first_name, e.last_name].some((n) => n.toLowerCase().startsWith(prefix.toLowerCase())))).toBe(true);
			const full = (await listAll(c, 'employees/employees', `full_text_name=${encodeURIComponent(target.full_name)}`)).rows;
			expect(ids(full)).toContain(target.id);
			expect(full.every((e) => e.full_name === target.full_name)).toBe(true);
			const since = '2025-06-01';
			const recent = (await listAll(c, 'employees/employees', `updated_at_gteq=${since}T15:00:00Z`)).rows;
			expect(ids(recent)).toEqual(ids(all.filter((e) => e.updated_at >= `${since}T00:00:00.000Z`)));
			expect(recent.length).toBeGreaterThan(0);
			expect(recent.length).toBeLessThan(260);
			const bad = await c.get('employees/employees?updated_at_gteq=yesterday');
			expect(bad.status).toBe(400);
			expect(bad.body.errors[0].field).toBe('updated_at_gteq');
		});

		test('filters combine with pagination', async () => {
			const { rows, meta } = await listAll(c, 'employees/employees', 'only_active=true&limit=7&location_ids[]=21');
			expect(meta.limit).toBe(7);
			expect(rows.length).toBe(all.filter((e) => e.active && e.location_id === '21').length);
		});
	});

	describe('employee operations', () => {
		test('get one, 404 envelope for unknown ids and unknown routes', async () => {
			const one = await c.get('employees/employees/5');
			expect(one.status).toBe(200);
			expect(one.body.id).toBe('5');
			const missing = await c.get('employees/employees/99999');
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({ errors: [{ code: 'missing_resource', message: expect.any(String), field: null }] });
			expect((await c.del('employees/employees/5')).status).toBe(404);
			expect((await c.post('employees/employees', { first_name: 'x' })).status).toBe(404);
			expect((await c.get('nope/nothing')).status).toBe(404);
		});

		test('PUT needs body.id equal to the path id, typed as a string', async () => {
			const mismatch = await c.put('employees/employees/5', { id: '6', first_name: 'X' });
			expect(mismatch.status).toBe(422);
			expect(mismatch.body.errors[0]).toMatchObject({ code: 'validation_failed', field: 'id' });
			const missing = await c.put('employees/employees/5', { first_name: 'X' });
			expect(missing.body.errors[0].field).toBe('id');
			const numeric = await c.put('employees/employees/5', { id: 5 });
			expect(numeric.status).toBe(422);
			const before = (await c.get('employees/employees/5')).body;
			const ok = await c.put('employees/employees/5', { id: '5', first_name: 'Renamed', pronouns: 'they/them', access_id: '1' });
			expect(ok.status).toBe(200);
			expect(ok.body).toMatchObject({ id: '5', first_name: 'Renamed', full_name: `Renamed ${before.last_name}`, pronouns: 'they/them', access_id: before.access_id });
			expect(ok.body.updated_at > before.updated_at).toBe(true);
			const badRef = await c.put('employees/employees/5', { id: '5', manager_id: '99999' });
			expect(badRef.body.errors[0]).toMatchObject({ code: 'validation_failed', field: 'manager_id' });
		});

		test('malformed JSON is a 400 malformed_request', async () => {
			const res = await c.put('employees/employees/5', '{"id": "5",');
			expect(res.status).toBe(400);
			expect(res.body.errors[0].code).toBe('malformed_request');
		});

		test('create_with_contract validates and creates', async () => {
			const missing = await c.post('employees/employees/create_with_contract', { company_id: sb.fixtures.companyId, first_name: 'A', last_name: 'B' });
			expect(missing.status).toBe(422);
			expect(missing.body.errors[0]).toMatchObject({ code: 'validation_failed', field: 'email' });
			const team = (await c.get('teams/teams')).body.data[0];
			const created = await c.post('employees/employees/create_with_contract', {
				company_id: sb.fixtures.companyId,
				first_name: 'Zoë',
				last_name: 'Quint',
				email: 'zoe.quint@sandbox-labs.example',
				address_line1: 'Somewhere 1',
				team_id: team.id,
				contract_starts_on: '2026-10-01',
			});
			expect(created.status).toBe(201);
			expect(created.body).toMatchObject({ id: '261', full_name: 'Zoë Quint', login_email: 'zoe.quint@sandbox-labs.example', address_line_1: 'Somewhere 1', company_id: sb.fixtures.companyId, active: true });
			expect((await c.get('teams/teams/' + team.id)).body.employee_ids).toContain('261');
			const dup = await c.post('employees/employees/create_with_contract', { company_id: sb.fixtures.companyId, first_name: 'Z', last_name: 'Q', email: 'ZOE.quint@sandbox-labs.example' });
			expect(dup.status).toBe(422);
			expect(dup.body.errors[0].field).toBe('email');
			const wrongCompany = await c.post('employees/employees/create_with_contract', { company_id: '1', first_name: 'Z', last_name: 'Q', email: 'zq@x.example' });
			expect(wrongCompany.body.errors[0].field).toBe('company_id');
		});

		test('terminate, unterminate and invite are POST actions with id in the body', async () => {
			const term = await c.post('employees/employees/terminate', { id: '8', terminated_on: '2026-01-15', termination_reason: 'Moved away' });
			expect(term.status).toBe(200);
			expect(term.body).toMatchObject({ id: '8', terminated_on: '2026-01-15', termination_reason: 'Moved away', active: false });
			const active = await c.get('employees/employees?only_active=true&ids[]=8');
			expect(active.body.data).toEqual([]);
			const future = await c.post('employees/employees/terminate', { id: '9', terminated_on: '2999-01-01' });
			expect(future.body).toMatchObject({ is_terminating: true, active: true });
			const badDate = await c.post('employees/employees/terminate', { id: '8', terminated_on: 'soon' });
			expect(badDate.body.errors[0].field).toBe('terminated_on');
			const noId = await c.post('employees/employees/terminate', { terminated_on: '2026-01-15' });
			expect(noId.body.errors[0].field).toBe('id');
			const unknown = await c.post('employees/employees/terminate', { id: '99999', terminated_on: '2026-01-15' });
			expect(unknown.status).toBe(404);
			const back = await c.post('employees/employees/unterminate', { id: '8' });
			expect(back.body).toMatchObject({ terminated_on: null, termination_reason: null, active: true });
			const invite = await c.post('employees/employees/invite', { id: '8', company_id: sb.fixtures.companyId });
			expect(invite.status).toBe(200);
			expect(invite.body.id).toBe('8');
		});
	});

	describe('teams, locations, legal entities', () => {
		test('teams CRUD', async () => {
			const created = await c.post('teams/teams', { name: 'Platform', description: 'Infra' });
			expect(created.status).toBe(201);
			expect(created.body).toMatchObject({ name: 'Platform', company_id: sb.fixtures.companyId, employee_ids: [], lead_ids: [] });
			const updated = await c.put(`teams/teams/${created.body.id}`, { id: created.body.id, name: 'Platform Team' });
			expect(updated.body.name).toBe('Platform Team');
			const filtered = await c.get(`teams/teams?ids[]=${created.body.id}`);
			expect(filtered.body.data).toHaveLength(1);
			expect((await c.del(`teams/teams/${created.body.id}`)).status).toBe(200);
			expect((await c.get(`teams/teams/${created.body.id}`)).status).toBe(404);
			expect((await c.post('teams/teams', { description: 'no name' })).body.errors[0].field).toBe('name');
		});

		test('locations map address_line_one to address_line_1 and filter by main', async () => {
			const created = await c.post('locations/locations', { name: 'Lisbon', country: 'PT', timezone: 'Europe/Lisbon', company_id: sb.fixtures.companyId, address_line_one: 'Rua 1' });
			expect(created.status).toBe(201);
			expect(created.body).toMatchObject({ name: 'Lisbon', address_line_1: 'Rua 1', main: false });
			expect(created.body).not.toHaveProperty('address_line_one');
			const main = await c.get('locations/locations?main=true');
			expect(main.body.data.map((l) => l.name)).toEqual(['Barcelona Office']);
			const forEmployee = await c.get('locations/locations?employee_ids[]=1');
			expect(forEmployee.body.data).toHaveLength(1);
		});

		test('legal entities list, get and create', async () => {
			const list = await c.get('companies/legal_entities');
			expect(list.body.data[0]).toMatchObject({ id: sb.fixtures.legalEntityId, company_id: sb.fixtures.companyId, country: 'es' });
			const created = await c.post('companies/legal_entities', { legal_name: 'Sandbox UK Ltd', country: 'gb', currency: 'GBP' });
			expect(created.status).toBe(201);
			expect((await c.get(`companies/legal_entities/${created.body.id}`)).body.legal_name).toBe('Sandbox UK Ltd');
			expect((await c.get('companies/legal_entities?country_ids[]=GB')).body.data).toHaveLength(1);
		});
	});

	describe('auth', () => {
		test('missing, invalid and valid credentials', async () => {
			const none = await fetch(api(sb, 'employees/employees'));
			expect(none.status).toBe(401);
			expect(await none.json()).toEqual({ errors: [{ code: 'unauthorized', message: expect.any(String), field: null }] });
			expect((await client(sb, { 'x-api-key': 'nope' }).get('employees/employees')).status).toBe(401);
			expect((await client(sb, bearer('nope')).get('employees/employees')).status).toBe(401);
			expect((await client(sb, bearer(sb.fixtures.companyToken.access_token)).get('employees/employees')).status).toBe(200);
		});

		test('api_public/credentials describes the caller', async () => {
			const key = await c.get('api_public/credentials');
			expect(key.body.data[0]).toMatchObject({ id: 'apikey-1', company_id: sb.fixtures.companyId, legal_name: expect.any(String) });
			const user = await client(sb, bearer(sb.fixtures.userToken.access_token)).get('api_public/credentials');
			expect(user.body.data[0]).toMatchObject({ id: expect.stringMatching(/^access-\d+$/), employee_id: sb.fixtures.employeeId, role: expect.any(String) });
			expect(user.body.meta).toMatchObject({ total: 1, has_next_page: false });
		});
	});

	describe('oauth', () => {
		test('authorize rejects unknown clients and redirect mismatches', async () => {
			expect((await authorize(sb, { client_id: 'who' })).status).toBe(400);
			expect((await authorize(sb, { redirect_uri: 'http://evil.example/cb' })).status).toBe(400);
		});

		test('code → user token → refresh rotation, old refresh token rejected', async () => {
			const code = await codeFor(sb, { scope: 'employees' });
			const wrongRedirect = await token(sb, { grant_type: 'authorization_code', code, redirect_uri: 'http://x/cb', ...clientCreds(sb) });
			expect(wrongRedirect.status).toBe(400);
			const first = await token(sb, { grant_type: 'authorization_code', code, redirect_uri: sb.fixtures.oauth.redirectUris[0], ...clientCreds(sb) });
			expect(first.status).toBe(200);
			expect(first.body).toMatchObject({ token_type: 'Bearer', expires_in: 7200, scope: 'employees', access_token: expect.stringContaining('sbx-secret-'), refresh_token: expect.any(String), created_at: expect.any(Number) });
			const reused = await token(sb, { grant_type: 'authorization_code', code, redirect_uri: sb.fixtures.oauth.redirectUris[0], ...clientCreds(sb) });
			expect(reused.body.error).toBe('invalid_grant');
			expect((await client(sb, bearer(first.body.access_token)).get('employees/employees/1')).status).toBe(200);

			// HTTP Basic client authentication works as well as body credentials.
			const basic = `Basic ${Buffer.from(`${sb.fixtures.oauth.clientId}:${sb.fixtures.oauth.clientSecret}`).toString('base64')}`;
			const refreshed = await token(sb, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token }, { authorization: basic });
			expect(refreshed.status).toBe(200);
			expect(refreshed.body.access_token).not.toBe(first.body.access_token);
			expect(refreshed.body.refresh_token).not.toBe(first.body.refresh_token);
			const stale = await token(sb, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token, ...clientCreds(sb) });
			expect(stale.status).toBe(400);
			expect(stale.body.error).toBe('invalid_grant');
			const again = await token(sb, { grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token, ...clientCreds(sb) });
			expect(again.status).toBe(200);
			const badClient = await token(sb, { grant_type: 'refresh_token', refresh_token: again.body.refresh_token, client_id: sb.fixtures.oauth.clientId, client_secret: 'wrong' });
			expect(badClient.status).toBe(401);
			expect(badClient.body.error).toBe('invalid_client');

			// The lineage keeps one credential id across refreshes.
			const cred = (t) => client(sb, bearer(t)).get('api_public/credentials').then((r) => r.body.data[0].id);
			expect(await cred(again.body.access_token)).toBe(await cred(first.body.access_token));
			const oauth = await control(sb, 'GET', 'oauth');
			expect(oauth.body.authorizeRequests.at(-1).query).toMatchObject({ scope: 'employees', state: 'xyz', response_type: 'code' });
			expect(oauth.body.issued.map((i) => i.kind)).toContain('user');
			expect(oauth.body.refreshTokensUsed).toBeGreaterThanOrEqual(2);
			const stats = await control(sb, 'GET', 'stats');
			expect(stats.body.refreshes.ok).toBeGreaterThanOrEqual(2);
			expect(stats.body.refreshes.rejected).toBeGreaterThanOrEqual(2);
		});

		test('JSON token requests are accepted too', async () => {
			const code = await codeFor(sb);
			const res = await fetch(`${sb.url}/oauth/token`, { method: 'POST', headers: json, body: JSON.stringify({ grant_type: 'authorization_code', code, redirect_uri: sb.fixtures.oauth.redirectUris[0], ...clientCreds(sb) }) });
			expect(res.status).toBe(200);
		});

		test('expire-tokens expires user access tokens; refresh tokens and company tokens survive', async () => {
			const user = client(sb, bearer(sb.fixtures.userToken.access_token));
			expect((await user.get('employees/employees/1')).status).toBe(200);
			const expired = await control(sb, 'POST', 'expire-tokens');
			expect(expired.body.expired).toBeGreaterThanOrEqual(1);
			const rejected = await user.get('employees/employees/1');
			expect(rejected.status).toBe(401);
			expect(rejected.body.errors[0].code).toBe('unauthorized');
			expect((await client(sb, bearer(sb.fixtures.companyToken.access_token)).get('employees/employees/1')).status).toBe(200);
			const refreshed = await token(sb, { grant_type: 'refresh_token', refresh_token: sb.fixtures.userToken.refresh_token, ...clientCreds(sb) });
			expect(refreshed.status).toBe(200);
			expect((await client(sb, bearer(refreshed.body.access_token)).get('employees/employees/1')).status).toBe(200);
		});

		test('resource_owner_type=company issues a company token that never expires', async () => {
			const code = await codeFor(sb, { resource_owner_type: 'company' });
			const res = await token(sb, { grant_type: 'authorization_code', code, redirect_uri: sb.fixtures.oauth.redirectUris[0], ...clientCreds(sb) });
			expect(res.status).toBe(200);
			expect(res.body).not.toHaveProperty('expires_in');
			expect(res.body.refresh_token).toEqual(expect.any(String));
			await control(sb, 'POST', 'expire-tokens');
			const company = client(sb, bearer(res.body.access_token));
			const cred = await company.get('api_public/credentials');
			expect(cred.status).toBe(200);
			expect(cred.body.data[0]).toMatchObject({ id: expect.stringMatching(/^company-\d+$/), company_id: sb.fixtures.companyId, employee_id: null });
			const refreshed = await token(sb, { grant_type: 'refresh_token', refresh_token: res.body.refresh_token, ...clientCreds(sb) });
			expect(refreshed.status).toBe(200);
			expect(refreshed.body).not.toHaveProperty('expires_in');
			expect((await company.get('employees/employees/1')).status).toBe(200);
			const log = await control(sb, 'GET', 'log?since=0');
			const last = log.body.filter((e) => e.path.endsWith('/employees/employees/1')).at(-1);
			expect(last.auth).toEqual({ kind: 'company', credentialId: cred.body.data[0].id });
		});

		test('OAuth clients with other redirect URIs can be added through the control API', async () => {
			const made = await control(sb, 'POST', 'oauth-clients', { redirectUris: ['http://127.0.0.1:9999/cb'] });
			expect(made.body.clientSecret).toContain('sbx-secret-');
			const res = await authorize(sb, { client_id: made.body.clientId, redirect_uri: 'http://127.0.0.1:9999/cb' });
			expect(res.status).toBe(302);
			expect(res.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:9999\/cb\?code=/);
		});
	});

	describe('control API', () => {
		test('fixtures, config, state, api keys', async () => {
			const fixtures = await control(sb, 'GET', 'fixtures');
			expect(fixtures.body).toEqual(sb.fixtures);
			expect(JSON.stringify(fixtures.body)).toContain('sbx-secret-apikey-');
			const config = await control(sb, 'POST', 'config', { latencyMs: 0, postLimit: 200 });
			expect(config.body).toMatchObject({ postLimit: 200, postWindowMs: 60000, accessTokenTtlSec: 7200 });
			expect((await control(sb, 'POST', 'config', { employees: 5 })).status).toBe(400);
			const employees = await control(sb, 'GET', 'state/employees');
			expect(employees.body.length).toBeGreaterThanOrEqual(260);
			expect((await control(sb, 'GET', 'state/teams/teams')).body.length).toBeGreaterThanOrEqual(6);
			expect((await control(sb, 'GET', 'state/nope')).status).toBe(404);
			const key = await control(sb, 'POST', 'api-keys');
			expect(key.body.credentialId).toMatch(/^apikey-\d+$/);
			expect((await client(sb, { 'x-api-key': key.body.apiKey }).get('employees/employees/1')).status).toBe(200);
		});

		test('log since, reset and stats', async () => {
			const before = await control(sb, 'GET', 'stats');
			await c.get('teams/teams?ids[]=11&ids[]=12');
			const stats = await control(sb, 'GET', 'stats');
			expect(stats.body.requests).toBe(before.body.requests + 1);
			const seq = stats.body.log.lastSeq;
			const entries = await control(sb, 'GET', `log?since=${seq - 1}`);
			expect(entries.body).toHaveLength(1);
			expect(entries.body[0]).toMatchObject({ seq, method: 'GET', path: `/api/${V}/resources/teams/teams`, query: { 'ids[]': ['11', '12'] }, auth: { kind: 'api_key', credentialId: 'apikey-1' }, status: 200, fault: null });
			await control(sb, 'POST', 'log/reset');
			expect((await control(sb, 'GET', 'log')).body).toEqual([]);
			await c.get('teams/teams');
			const after = await control(sb, 'GET', 'log');
			expect(after.body[0].seq).toBe(seq + 1);
		});

		test('latency applies to API requests', async () => {
			sb.configure({ latencyMs: 120 });
			const started = Date.now();
			await c.get('employees/employees/1');
			expect(Date.now() - started).toBeGreaterThanOrEqual(110);
			sb.configure({ latencyMs: 0 });
		});
	});
});

describe('POST window', () => {
	let sb;
	beforeEach(async () => {
		sb = await startSandbox({ employees: 250, postLimit: 3, postWindowMs: 1500 });
	});
	afterEach(() => sb.close());

	test('429 with Retry-After past the limit; rejected POSTs are neither applied nor counted', async () => {
		const c = client(sb);
		const teamsBefore = sb.state.store.get('teams').size;
		for (let i = 0; i < 3; i++) expect((await c.post('teams/teams', { name: `T${i}` })).status).toBe(201);
		const rejected = await c.post('teams/teams', { name: 'T-rejected' });
		expect(rejected.status).toBe(429);
		expect(rejected.body.errors[0].code).toBe('rate_limited');
		const retryAfter = rejected.headers.get('retry-after');
		expect(retryAfter).toMatch(/^\d+$/);
		expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
		expect(Number(retryAfter)).toBeLessThanOrEqual(2);
		expect((await c.post('teams/teams', { name: 'T-rejected-2' })).status).toBe(429);
		expect(sb.state.store.get('teams').size).toBe(teamsBefore + 3);
		const names = (await control(sb, 'GET', 'state/teams')).body.map((t) => t.name);
		expect(names).not.toContain('T-rejected');

		// GETs and PUTs are not limited; other credentials have their own window.
		expect((await c.get('teams/teams')).status).toBe(200);
		expect((await c.put('teams/teams/11', { id: '11', name: 'Eng' })).status).toBe(200);
		expect((await client(sb, bearer(sb.fixtures.companyToken.access_token)).post('teams/teams', { name: 'Other cred' })).status).toBe(201);

		await new Promise((r) => setTimeout(r, 1600));
		expect((await c.post('teams/teams', { name: 'T-after-wait' })).status).toBe(201);
		const stats = (await control(sb, 'GET', 'stats')).body;
		expect(stats.posts).toMatchObject({ accepted: 5, rejected429: 2, maxAcceptedInAnyWindow: 3 });
	});

	test('with retryAfterStepMs, Retry-After is rounded up to that step instead of whole seconds', async () => {
		sb.configure({ retryAfterStepMs: 100 });
		const c = client(sb);
		const first = Date.now();
		for (let i = 0; i < 3; i++) expect((await c.post('teams/teams', { name: `S${i}` })).status).toBe(201);
		const rejected = await c.post('teams/teams', { name: 'S-rejected' });
		expect(rejected.status).toBe(429);
		const retryAfter = Number(rejected.headers.get('retry-after'));
		// The oldest POST leaves 1.5 s after it was taken: a multiple of 0.1 s, not rounded up to 2.
		expect(Math.round(retryAfter * 10)).toBeCloseTo(retryAfter * 10, 9);
		expect(retryAfter).toBeLessThanOrEqual(1.5);
		expect(retryAfter).toBeGreaterThanOrEqual(1.5 - (Date.now() - first) / 1000 - 0.1);
		expect(() => sb.configure({ retryAfterStepMs: 0 })).toThrow(/retryAfterStepMs/);
	});

	test('a client that waits Retry-After never exceeds the window', async () => {
		sb.configure({ postLimit: 4, postWindowMs: 1000 });
		const c = client(sb);
		let created = 0;
		while (created < 10) {
			const res = await c.post('teams/teams', { name: `P${created}` });
			if (res.status === 201) created++;
			else await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after')) * 1000));
		}
		const stats = (await control(sb, 'GET', 'stats')).body;
		expect(stats.posts.maxAcceptedInAnyWindow).toBeLessThanOrEqual(4);
		expect(stats.posts.accepted).toBe(10);
	}, 15000);
});

describe('faults', () => {
	let sb;
	beforeEach(async () => {
		sb = await startSandbox({ employees: 250, postLimit: 100000 });
	});
	afterEach(() => sb.close());
	const teamNames = () => sb.state.store.get('teams').all().map((t) => t.name);

	test('5xx and reset before apply leave state untouched', async () => {
		const c = client(sb);
		sb.configure({ faults: { error5xxBeforeApply: 1 } });
		const res = await c.post('teams/teams', { name: 'Before5xx' });
		expect(res.status).toBeGreaterThanOrEqual(500);
		expect(res.body.errors[0].code).toEqual(expect.any(String));
		sb.configure({ faults: { resetBeforeApply: 1 } });
		await expect(c.post('teams/teams', { name: 'BeforeReset' })).rejects.toThrow();
		sb.configure({ faults: null });
		expect(teamNames()).not.toContain('Before5xx');
		expect(teamNames()).not.toContain('BeforeReset');
		const stats = (await control(sb, 'GET', 'stats')).body;
		expect(stats.faults).toMatchObject({ error5xxBeforeApply: 1, resetBeforeApply: 1 });
		expect(stats.writesApplied).toBe(0);
		const log = (await control(sb, 'GET', 'log')).body;
		expect(log.map((e) => e.fault)).toEqual(['error5xxBeforeApply', 'resetBeforeApply']);
	});

	test('5xx and reset after apply store the write; retries show up as duplicates', async () => {
		const c = client(sb);
		sb.configure({ faults: { error5xxAfterApply: 1 } });
		const res = await c.post('teams/teams', { name: 'After5xx' });
		expect(res.status).toBe(500);
		sb.configure({ faults: { resetAfterApply: 1 } });
		await expect(c.put('teams/teams/11', { name: 'AfterReset', id: '11' })).rejects.toThrow();
		// GETs are never "after apply" faults: nothing was applied.
		expect((await c.get('teams/teams')).status).toBe(200);
		sb.configure({ faults: null });
		expect(teamNames()).toEqual(expect.arrayContaining(['After5xx', 'AfterReset']));
		// A naive retry of the first write duplicates it; key order does not matter to the fingerprint.
		expect((await c.post('teams/teams', { name: 'After5xx' })).status).toBe(201);
		expect((await c.put('teams/teams/11', { id: '11', name: 'AfterReset' })).status).toBe(200);
		const writes = (await control(sb, 'GET', 'writes')).body;
		expect(writes.duplicates).toBe(2);
		expect(writes.writes.filter((w) => w.count === 2).map((w) => w.method).sort()).toEqual(['POST', 'PUT']);
		const stats = (await control(sb, 'GET', 'stats')).body;
		expect(stats).toMatchObject({ duplicates: 2, faults: expect.objectContaining({ error5xxAfterApply: 1, resetAfterApply: 1 }) });
	});

	test('fault sequences are reproducible from the fault seed', async () => {
		const run = async (target) => {
			target.configure({ faults: { seed: 42, error5xxBeforeApply: 0.3 } });
			const c = client(target);
			const statuses = [];
			for (let i = 0; i < 30; i++) statuses.push((await c.get('employees/employees/1')).status);
			return statuses;
		};
		const other = await startSandbox({ employees: 250 });
		try {
			const a = await run(sb);
			const b = await run(other);
			expect(a).toEqual(b);
			expect(a.filter((s) => s === 503).length).toBeGreaterThan(2);
			expect(a.filter((s) => s === 200).length).toBeGreaterThan(10);
		} finally {
			await other.close();
		}
	});

	test('burst429Every answers every Nth POST with 429 without applying it', async () => {
		sb.configure({ faults: { burst429Every: 2 } });
		const c = client(sb);
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await c.post('teams/teams', { name: `B${i}` })).status);
		expect(statuses).toEqual([201, 429, 201, 429]);
		expect(teamNames()).not.toContain('B1');
	});

	test('burst429Length turns every Nth POST into a burst of 429s; GETs are not counted', async () => {
		sb.configure({ faults: { burst429Every: 3, burst429Length: 2 } });
		const c = client(sb);
		const statuses = [];
		for (let i = 0; i < 7; i++) {
			statuses.push((await c.post('teams/teams', { name: `L${i}` })).status);
			expect((await c.get('teams/teams/11')).status).toBe(200);
		}
		expect(statuses).toEqual([201, 201, 429, 429, 201, 429, 429]);
		expect(teamNames()).not.toContain('L2');
		expect(teamNames()).toContain('L4');
		expect((await control(sb, 'GET', 'stats')).body.faults.burst429).toBe(4);
	});

	test('expireTokensEvery expires user tokens before every Nth API request; a refresh gets through', async () => {
		sb.configure({ faults: { expireTokensEvery: 3 } });
		const user = client(sb, { authorization: `Bearer ${sb.fixtures.userToken.access_token}` });
		const statuses = [];
		for (let i = 0; i < 3; i++) statuses.push((await user.get('employees/employees/1')).status);
		expect(statuses).toEqual([200, 200, 401]);
		// API keys are not tokens: unaffected (this is request 4, 5 and 6; 6 expires again).
		for (let i = 0; i < 3; i++) expect((await client(sb).get('employees/employees/1')).status).toBe(200);
		const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: sb.fixtures.userToken.refresh_token, client_id: sb.fixtures.oauth.clientId, client_secret: sb.fixtures.oauth.clientSecret });
		const token = await (await fetch(`${sb.url}/oauth/token`, { method: 'POST', body: form })).json();
		const fresh = client(sb, { authorization: `Bearer ${token.access_token}` });
		expect((await fresh.get('employees/employees/1')).status).toBe(200);
		expect((await fresh.get('employees/employees/1')).status).toBe(200);
		expect((await fresh.get('employees/employees/1')).status).toBe(401);
		expect((await control(sb, 'GET', 'stats')).body.faults.tokenExpiries).toBe(3);
	});

	test('stats report the most API requests in flight at once; the log says when the window took a POST', async () => {
		sb.configure({ latencyMs: 80 });
		const c = client(sb);
		await Promise.all(Array.from({ length: 4 }, () => c.get('employees/employees/1')));
		await c.post('teams/teams', { name: 'Windowed' });
		const stats = (await control(sb, 'GET', 'stats')).body;
		expect(stats.inFlight).toEqual({ now: 0, max: 4 });
		expect(stats.connections).toBeGreaterThanOrEqual(4); // four at once cannot share one connection
		const log = (await control(sb, 'GET', 'log')).body;
		const post = log.find((e) => e.method === 'POST');
		expect(post.window).toEqual({ accepted: true, at: expect.any(Number) });
		expect(post.window.at).toBeGreaterThanOrEqual(Date.parse(post.at));
		expect(log.filter((e) => e.method === 'GET').every((e) => e.window === undefined)).toBe(true);
		await control(sb, 'POST', 'stats/reset');
		expect((await control(sb, 'GET', 'stats')).body.inFlight).toEqual({ now: 0, max: 0 });
		const http = require('node:http');
		const before = (await control(sb, 'GET', 'stats')).body.connections;
		const agent = new http.Agent({ keepAlive: false });
		for (let i = 0; i < 3; i++) {
			await new Promise((resolve, reject) => {
				http.get(api(sb, 'employees/employees/1'), { agent, headers: { 'x-api-key': sb.fixtures.apiKey } }, (res) => res.resume().on('end', resolve)).on('error', reject);
			});
		}
		expect((await control(sb, 'GET', 'stats')).body.connections - before).toBeGreaterThanOrEqual(3);
	});
});

describe('log bounds, close and CLI', () => {
	test('the log drops the oldest entries past logLimit but counts stay exact', async () => {
		const sb = await startSandbox({ employees: 250, logLimit: 10 });
		try {
			const c = client(sb);
			for (let i = 0; i < 25; i++) await c.get('employees/employees/1');
			const stats = (await control(sb, 'GET', 'stats')).body;
			expect(stats.requests).toBe(25);
			expect(stats.log).toMatchObject({ size: 10, dropped: 15, lastSeq: 25 });
			const log = (await control(sb, 'GET', 'log?since=20')).body;
			expect(log.map((e) => e.seq)).toEqual([21, 22, 23, 24, 25]);
			expect((await control(sb, 'GET', 'log')).body[0].seq).toBe(16);
		} finally {
			await sb.close();
		}
	});

	test('close() returns promptly with keep-alive sockets open', async () => {
		const sb = await startSandbox({ employees: 250 });
		await client(sb).get('employees/employees/1');
		const started = Date.now();
		await sb.close();
		expect(Date.now() - started).toBeLessThan(1000);
	});

	test('the CLI prints one JSON line and stops on SIGTERM', async () => {
		const child = spawn(process.execPath, [path.join(__dirname, 'sandbox', 'cli.js'), '--port', '0', '--employees', '250', '--post-limit', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
		const line = await new Promise((resolve, reject) => {
			let out = '';
			child.stdout.on('data', (d) => {
				out += d;
				if (out.includes('\n')) resolve(out.split('\n')[0]);
			});
			child.on('exit', (code) => reject(new Error(`cli exited ${code}`)));
		});
		const { url, fixtures } = JSON.parse(line);
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const res = await fetch(`${url}/api/${V}/resources/employees/employees?limit=1`, { headers: { 'x-api-key': fixtures.apiKey } });
		expect((await res.json()).meta.total).toBe(250);
		const config = await (await fetch(`${url}/__sandbox/config`)).json();
		expect(config.postLimit).toBe(5);
		const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
	});
});
