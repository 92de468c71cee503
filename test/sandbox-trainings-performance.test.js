'use strict';
// The sandbox's bulk rules (sandbox/rules/trainings-performance.js): bulk actions of trainings and performance
// change the records they name, over real HTTP, instead of only answering them.
const { startSandbox } = require('./sandbox');
const { apiCall } = require('./helpers/sandbox-api');

let sb;
let call;
beforeAll(async () => {
	sb = await startSandbox({ port: 0 });
	call = apiCall(sb);
});
afterAll(() => sb.close());

const ids = (rows) => rows.map((r) => r.id);
const list = async (p) => (await call('GET', `${p}${p.includes('?') ? '&' : '?'}limit=100`)).body.data;

test('trainings: bulk delete removes every named training; bulk catalog sets the flag on each', async () => {
	const [a, b, c] = await list('trainings/trainings');
	const shown = await call('POST', 'trainings/trainings/bulk_update_catalog', { ids: [a.id, b.id], catalog: true });
	expect(shown.status).toBe(200);
	expect(shown.body.map((r) => [r.id, r.catalog])).toEqual([[a.id, true], [b.id, true]]);
	const deleted = await call('POST', 'trainings/trainings/bulk_delete', { ids: [a.id, b.id, '999999999'] });
	expect(ids(deleted.body)).toEqual([a.id, b.id]);
	expect(ids(await list('trainings/trainings'))).toEqual([c.id]);
	expect((await call('GET', `trainings/trainings/${a.id}`)).status).toBe(404);
});

test('training memberships: one per employee, not twice; destroy by ids, or all of a training but the ids kept', async () => {
	const created = await call('POST', 'trainings/training_memberships/bulk_create', { training_id: '77', employee_ids: ['3', '4', '5'] });
	expect(created.body.map((r) => [r.training_id, r.employee_id])).toEqual([['77', '3'], ['77', '4'], ['77', '5']]);
	const again = await call('POST', 'trainings/training_memberships/bulk_create', { training_id: '77', employee_ids: ['3'] });
	expect(ids(again.body)).toEqual([created.body[0].id]);
	const ofTraining = async () => ids(await list('trainings/training_memberships?training_id=77&due_date=overdue'));
	expect(await ofTraining()).toEqual(ids(created.body));
	await call('POST', 'trainings/training_memberships/bulk_destroy', { ids: [created.body[0].id] });
	expect(await ofTraining()).toEqual(ids(created.body.slice(1)));
	await call('POST', 'trainings/training_memberships/bulk_destroy', { ids: [created.body[2].id], training_id: '77', all: true });
	expect(await ofTraining()).toEqual([created.body[2].id]);
});

test('session participants are added per employee and removed by id; attendances take the status and hours given', async () => {
	const added = await call('POST', 'trainings/session_access_memberships/bulk_create', { session_id: '12', employee_ids: ['3'], access_ids: ['100004'], notify: false });
	expect(added.body.map((r) => r.session_id)).toEqual(['12', '12']);
	expect([added.body[0].employee_id, added.body[1].access_id]).toEqual(['3', '100004']);
	await call('POST', 'trainings/session_access_memberships/bulk_destroy', { ids: [added.body[0].id], notify: false });
	expect(ids(await list('trainings/session_access_memberships?session_id=12'))).toEqual([added.body[1].id]);

	const [first, second, third] = await list('trainings/session_attendances');
	const updated = await call('POST', 'trainings/session_attendances/bulk_update', { ids: [first.id, second.id], status: 'completed', completed_duration: '1.5' });
	expect(updated.body.map((r) => [r.status, r.completed_duration])).toEqual([['completed', '1.5'], ['completed', '1.5']]);
	const after = await list('trainings/session_attendances');
	expect(after.map((r) => r.status)).toEqual(['completed', 'completed', third.status]);
});

test('review participants and owners: one per access id and process, not twice', async () => {
	const targets = await call('POST', 'performance/review_process_targets/bulk_create', { performance_review_process_id: '9', targets_access_ids: ['100003', '100004', '100003'] });
	expect(targets.body.map((r) => r.access_id)).toEqual(['100003', '100004', '100003']);
	expect(new Set(ids(targets.body)).size).toBe(2);
	expect(ids(await list('performance/review_process_targets?performance_review_process_ids[]=9'))).toEqual(ids(targets.body.slice(0, 2)));
	const owners = await call('POST', 'performance/review_owners/bulk_create', { review_process_id: '9', owner_access_ids: ['100003'] });
	expect(owners.body.map((r) => [r.performance_review_process_id, r.access_id])).toEqual([['9', '100003']]);
});
