'use strict';
// The sandbox's leave actions Approve all and Bulk delete (test/sandbox/resources/leave-bulk-actions.js),
// over real HTTP.
const { startSandbox } = require('./sandbox');

const V = '2026-10-01';

let sb;
let call;
beforeAll(async () => {
	sb = await startSandbox({ port: 0, employees: 40, seed: 1 });
	call = async (method, p, body) => {
		const res = await fetch(`${sb.url}/api/${V}/resources/${p}`, {
			method,
			headers: { 'x-api-key': sb.fixtures.apiKey, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, body: text ? JSON.parse(text) : null };
	};
});
afterAll(() => sb.close());

async function pendingLeave(start) {
	const created = await call('POST', 'timeoff/leaves', { employee_id: '3', start_on: start, finish_on: start });
	expect(created.status).toBe(201);
	expect(created.body.approved).toBeNull();
	return created.body.id;
}

test('approve all approves the leave it names; unknown and deleted leaves are 404', async () => {
	const id = await pendingLeave('2027-02-01');
	const approved = await call('POST', 'timeoff/leaves/approve_all', { id });
	expect(approved.status).toBe(200);
	expect(approved.body).toMatchObject({ id, approved: true });
	expect((await call('GET', `timeoff/leaves/${id}`)).body.approved).toBe(true);
	expect((await call('POST', 'timeoff/leaves/approve_all', {})).status).toBe(422);
	expect((await call('POST', 'timeoff/leaves/approve_all', { id: '999999' })).status).toBe(404);
	await call('DELETE', `timeoff/leaves/${id}`);
	expect((await call('POST', 'timeoff/leaves/approve_all', { id })).status).toBe(404);
});

test('bulk delete cancels every leave named, all or nothing', async () => {
	const a = await pendingLeave('2027-03-01');
	const b = await pendingLeave('2027-03-08');
	const c = await pendingLeave('2027-03-15');
	// One unknown id: a 404 naming it, and nothing deleted.
	const refused = await call('POST', 'timeoff/leaves/bulk_delete', { ids: [a, '999999'] });
	expect(refused.status).toBe(404);
	expect(JSON.stringify(refused.body)).toContain('999999');
	expect((await call('GET', `timeoff/leaves/${a}`)).status).toBe(200);

	const deleted = await call('POST', 'timeoff/leaves/bulk_delete', { ids: [a, b, a] });
	expect(deleted.status).toBe(200);
	expect(deleted.body.map((l) => l.id)).toEqual([a, b]);
	expect(deleted.body.every((l) => typeof l.deleted_at === 'string')).toBe(true);
	expect((await call('GET', `timeoff/leaves/${a}`)).status).toBe(404);
	expect((await call('GET', `timeoff/leaves/${c}`)).status).toBe(200);
	// Deleted leaves are listed again only with include_deleted_leaves.
	const listed = await call('GET', `timeoff/leaves?ids[]=${a}&ids[]=${c}`);
	expect(listed.body.data.map((l) => l.id)).toEqual([c]);
	const withDeleted = await call('GET', `timeoff/leaves?ids[]=${a}&ids[]=${c}&include_deleted_leaves=true`);
	expect(withDeleted.body.data.map((l) => l.id).sort()).toEqual([a, c].sort());
	// Already deleted: 404; empty: 422 on ids; missing: 422.
	expect((await call('POST', 'timeoff/leaves/bulk_delete', { ids: [b] })).status).toBe(404);
	const empty = await call('POST', 'timeoff/leaves/bulk_delete', { ids: [] });
	expect([empty.status, empty.body.errors?.[0]?.field]).toEqual([422, 'ids']);
	expect((await call('POST', 'timeoff/leaves/bulk_delete', {})).status).toBe(422);
});
