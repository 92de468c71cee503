'use strict';
const { runFactorial, sandboxState, lastSeq, rl, useSandbox, apiRequests: apiRequestsSince, runOneRequest } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const team = (operation, parameters = {}) => ({ resource: 'team', operation, ...parameters });
const membership = (operation, parameters = {}) => ({ resource: 'teamMembership', operation, ...parameters });

const runOne = (parameters) => runOneRequest(sb, { parameters });

describe('Team', () => {
	test('Get Many lists every team, with the IDs filter sent as ids[]', async () => {
		const teams = await sandboxState(sb, 'teams');
		const all = await runOne(team('getAll', { returnAll: true }));
		expect([all.request.method, all.request.path]).toEqual(['GET', `${V}/teams/teams`]);
		expect(all.items.map((i) => i.json.id)).toEqual(teams.map((t) => t.id));

		const some = await runOne(team('getAll', { returnAll: true, filters: { ids: `${teams[0].id}, ${teams[2].id}` } }));
		expect(some.request.query['ids[]']).toEqual([teams[0].id, teams[2].id]);
		expect(some.items.map((i) => i.json.id)).toEqual([teams[0].id, teams[2].id]);
	});

	test('Get reads one team through the team picker', async () => {
		const [first] = await sandboxState(sb, 'teams');
		const { items, request } = await runOne(team('get', { teamId: rl(first.id, 'list') }));
		expect([request.method, request.path]).toEqual(['GET', `${V}/teams/teams/${first.id}`]);
		expect(items[0].json).toMatchObject({ id: first.id, name: first.name });
	});

	test('Create, Update and Delete a team', async () => {
		const created = await runOne(team('create', { name: 'Research', additionalFields: { description: 'Finds things out' } }));
		expect([created.request.method, created.request.path]).toEqual(['POST', `${V}/teams/teams`]);
		expect(created.request.body).toEqual({ name: 'Research', description: 'Finds things out' });
		const id = created.items[0].json.id;
		expect((await sandboxState(sb, 'teams')).find((t) => t.id === id)).toMatchObject({ name: 'Research' });

		const updated = await runOne(team('update', { teamId: rl(id), updateFields: { name: 'Research & Development' } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/teams/teams/${id}`]);
		expect(updated.request.body).toEqual({ id, name: 'Research & Development' });
		expect((await sandboxState(sb, 'teams')).find((t) => t.id === id).name).toBe('Research & Development');

		const deleted = await runOne(team('delete', { teamId: rl(id) }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/teams/teams/${id}`]);
		expect(deleted.items[0].json.id).toBe(id);
		expect((await sandboxState(sb, 'teams')).some((t) => t.id === id)).toBe(false);
	});
});

describe('Team Membership', () => {
	test('Get Many filters by team, employee and lead', async () => {
		const rows = await sandboxState(sb, 'memberships');
		const teamId = rows[0].team_id;
		const { items, request } = await runOne(
			membership('getAll', { returnAll: true, filters: { teamIds: teamId, lead: false } }),
		);
		expect([request.method, request.path]).toEqual(['GET', `${V}/teams/memberships`]);
		expect(request.query).toMatchObject({ 'team_ids[]': [teamId], lead: 'false' });
		const expected = rows.filter((m) => m.team_id === teamId && m.lead === false).map((m) => m.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const byEmployee = await runOne(membership('getAll', { returnAll: true, filters: { employeeIds: rows[0].employee_id } }));
		expect(byEmployee.request.query['employee_ids[]']).toEqual([rows[0].employee_id]);
		expect(byEmployee.items.every((i) => i.json.employee_id === rows[0].employee_id)).toBe(true);
	});

	test('Create adds an employee to a team, Update makes them lead, Delete removes them', async () => {
		const teams = await sandboxState(sb, 'teams');
		const target = teams[teams.length - 1];
		const employees = await sandboxState(sb, 'employees');
		const outsider = employees.find((e) => !target.employee_ids.includes(e.id));

		const created = await runOne(
			membership('create', { teamId: rl(target.id, 'list'), employeeId: rl(outsider.id), additionalFields: { lead: false } }),
		);
		expect([created.request.method, created.request.path]).toEqual(['POST', `${V}/teams/memberships`]);
		expect(created.request.body).toEqual({ team_id: target.id, employee_id: outsider.id, lead: false });
		const id = created.items[0].json.id;
		expect((await sandboxState(sb, 'memberships')).find((m) => m.id === id)).toMatchObject({ team_id: target.id, employee_id: outsider.id, lead: false });

		const got = await runOne(membership('get', { membershipId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/teams/memberships/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, team_id: target.id });

		const updated = await runOne(membership('update', { membershipId: id, updateFields: { lead: true } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/teams/memberships/${id}`]);
		expect(updated.request.body).toEqual({ id, lead: true });
		expect((await sandboxState(sb, 'memberships')).find((m) => m.id === id).lead).toBe(true);

		const deleted = await runOne(membership('delete', { membershipId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/teams/memberships/${id}`]);
		expect((await sandboxState(sb, 'memberships')).some((m) => m.id === id)).toBe(false);
	});

	test('Create without a team is refused before anything is sent', async () => {
		const before = await lastSeq(sb);
		const { error } = await runFactorial(sb, {
			parameters: membership('create', { teamId: '={{ $json.team }}', employeeId: rl('3') }),
			items: [{ json: { team: '' } }],
		});
		expect(error.message).toMatch(/"Team" in item 0 is required but empty/);
		expect(await apiRequests(before)).toHaveLength(0);
	});
});
