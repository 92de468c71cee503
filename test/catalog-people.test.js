'use strict';
// Curated operations for trainings, the job catalog, payroll employees, employee updates and
// performance: tested against the sandbox's generic layer, which checks every request against
// Factorial's catalog (unknown query parameters and body fields are reported, required ones enforced).
const { runOk, runFailing, useSandbox, rl } = require('./helpers/factorial');

let sb;
useSandbox((started) => {
	sb = started;
});

const V = '/api/2026-10-01/resources';
const op = (resource, operation, parameters = {}) => ({ parameters: { resource, operation, ...parameters } });
const noUnknown = (request) => expect([request.unknownFields, request.unknownQuery]).toEqual([undefined, undefined]);

// Copies of a generic collection's first row, so that a list spans more than one page (100 rows).
function grow(resourcePath, count) {
	const rows = sb.records(resourcePath);
	const collection = sb.state.store.get(`generic:${resourcePath}`);
	for (let i = 0; i < count; i++) collection.insert({ ...rows[0] });
	return rows;
}

/** Get Many with Return All reads every page; with a limit, only what is asked. */
async function expectPages(resource, operation, resourcePath, parameters = {}, matches = () => true) {
	const rows = grow(resourcePath, 120);
	const all = await runOk(sb, op(resource, operation, { ...parameters, returnAll: true }));
	expect(all.items.map((i) => i.json.id)).toEqual(rows.filter(matches).map((r) => r.id));
	expect(all.requests.length).toBeGreaterThanOrEqual(2);
	expect(all.requests[1].query.after_id).toBeDefined();
	all.requests.forEach(noUnknown);
	const some = await runOk(sb, op(resource, operation, { ...parameters, limit: 3 }));
	expect(some.items).toHaveLength(3);
	expect(some.requests).toHaveLength(1);
	return all;
}

describe('Employee Update', () => {
	test.each([
		['Summaries', 'Summary', 'summaries'],
		['NewHires', 'NewHire', 'new_hires'],
		['Terminations', 'Termination', 'terminations'],
		['Absences', 'Absence', 'absences'],
		['ContractChanges', 'ContractChange', 'contract_changes'],
		['PersonalChanges', 'PersonalChange', 'personal_changes'],
	])('Get Many %s filters by id; Get %s reads one', async (many, one, path) => {
		const listed = await runOk(sb, op('employeeUpdate', `get${many}`, { returnAll: true }));
		expect(listed.requests[0]).toMatchObject({ method: 'GET', path: `${V}/employee_updates/${path}` });
		const id = listed.items[1].json.id;
		const filtered = await runOk(sb, op('employeeUpdate', `get${many}`, { returnAll: true, filters: { ids: id } }));
		expect(filtered.requests[0].query).toMatchObject({ 'ids[]': [id] });
		noUnknown(filtered.requests[0]);
		expect(filtered.items.map((i) => i.json.id)).toEqual([id]);
		const got = await runOk(sb, op('employeeUpdate', `get${one}`, { employeeUpdateId: id }));
		expect(got.requests[0]).toMatchObject({ method: 'GET', path: `${V}/employee_updates/${path}/${id}` });
		expect(got.items[0].json.id).toBe(id);
		expect((await runFailing(sb, op('employeeUpdate', `get${one}`, { employeeUpdateId: '999999999' }))).error.httpCode).toBe('404');
	});

	test('Get Many Summaries sends its date, employee and type filters, and pages', async () => {
		const { requests } = await runOk(sb, op('employeeUpdate', 'getSummaries', {
			returnAll: true, filters: { employeeIds: '1, 2', legalEntitiesIds: '5', type: 'hiring, termination', startsOn: '2026-09-01', endsOn: '2026-09-30' },
		}));
		expect(requests[0].query).toMatchObject({ 'employee_ids[]': ['1', '2'], 'legal_entities_ids[]': ['5'], 'type[]': ['hiring', 'termination'], starts_on: '2026-09-01', ends_on: '2026-09-30' });
		noUnknown(requests[0]);
		await expectPages('employeeUpdate', 'getSummaries', 'employee_updates/summaries');
	});
});

describe('Job Catalog', () => {
	test('roles and levels: list, filter by role, get one; lists page', async () => {
		const roles = await runOk(sb, op('jobCatalog', 'getRoles', { returnAll: true }));
		expect(roles.requests[0].path).toBe(`${V}/job_catalog/roles`);
		const roleId = roles.items[0].json.id;
		const role = await runOk(sb, op('jobCatalog', 'getRole', { jobRoleId: roleId }));
		expect(role.requests[0].path).toBe(`${V}/job_catalog/roles/${roleId}`);
		const levels = await runOk(sb, op('jobCatalog', 'getLevels', { returnAll: true, filters: { roleIds: '1' } }));
		expect(levels.requests[0].query).toMatchObject({ 'role_ids[]': ['1'] });
		noUnknown(levels.requests[0]);
		const levelId = levels.items[0].json.id;
		const level = await runOk(sb, op('jobCatalog', 'getLevel', { jobLevelId: levelId }));
		expect(level.items[0].json.id).toBe(levelId);
		await expectPages('jobCatalog', 'getRoles', 'job_catalog/roles');
	});

	test('tree nodes always send the node type Factorial requires; node attributes need the node and a type', async () => {
		const nodes = await runOk(sb, op('jobCatalog', 'getTreeNodes', { nodeType: 'jobcatalog_treefamily', returnAll: true, filters: { includeFullPath: true, ancestorUuids: 'a-1' } }));
		expect(nodes.requests[0]).toMatchObject({ path: `${V}/job_catalog/tree_nodes`, query: { node_type: 'jobcatalog_treefamily', include_full_path: 'true', 'ancestor_uuids[]': ['a-1'] } });
		noUnknown(nodes.requests[0]);
		const missing = await runFailing(sb, op('jobCatalog', 'getNodeAttributes', { nodeUuid: 'n-1', attributeTypes: '={{ "" }}' }));
		expect(missing.error.message).toBe('"Attribute Type" in item 0 is required but empty');
		expect(missing.requests).toHaveLength(0);
		const attributes = await runOk(sb, op('jobCatalog', 'getNodeAttributes', { nodeUuid: 'n-1', attributeTypes: 'competency', returnAll: true }));
		expect(attributes.requests[0]).toMatchObject({ path: `${V}/job_catalog/node_attributes`, query: { node_uuid: 'n-1', 'attribute_types[]': ['competency'] } });
		noUnknown(attributes.requests[0]);
	});
});

describe('Payroll Identifier', () => {
	test('create for an employee and a country, list by country, update, delete', async () => {
		const created = await runOk(sb, op('payrollIdentifier', 'create', { employeeId: rl('3'), country: 'de', additionalFields: { taxId: '12345678901', socialSecurityNumber: '65170839J003' } }));
		expect(created.requests[0]).toMatchObject({ method: 'POST', path: `${V}/payroll_employees/identifiers`, body: { employee_id: '3', country: 'de', tax_id: '12345678901', social_security_number: '65170839J003' } });
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		const listed = await runOk(sb, op('payrollIdentifier', 'getAll', { country: 'de', returnAll: true, filters: { ids: id, employeesIds: '3' } }));
		expect(listed.requests[0].query).toMatchObject({ country: 'de', 'ids[]': [id], 'employees_ids[]': ['3'] });
		noUnknown(listed.requests[0]);
		expect(listed.items.map((i) => i.json.id)).toEqual([id]);
		const updated = await runOk(sb, op('payrollIdentifier', 'update', { payrollIdentifierId: id, country: 'de', updateFields: { taxId: '10987654321' } }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/payroll_employees/identifiers/${id}`, body: { id, country: 'de', tax_id: '10987654321' } });
		expect((await runOk(sb, op('payrollIdentifier', 'get', { payrollIdentifierId: id }))).items[0].json.tax_id).toBe('10987654321');
		await runOk(sb, op('payrollIdentifier', 'delete', { payrollIdentifierId: id }));
		expect((await runFailing(sb, op('payrollIdentifier', 'get', { payrollIdentifierId: id }))).error.httpCode).toBe('404');
		await expectPages('payrollIdentifier', 'getAll', 'payroll_employees/identifiers', { country: 'pt' }, (r) => r.country === 'pt');
	});
});

describe('German Employee Data', () => {
	test('create with tax and insurance data, update, list by employee; codes are checked before sending', async () => {
		const bad = await runFailing(sb, op('germanEmployeeData', 'create', { employeeId: rl('3'), additionalFields: { taxClass: 9 } }));
		expect(bad.error.message).toMatch(/^"Tax Class" in item 0 /);
		expect(bad.requests).toHaveLength(0);
		const created = await runOk(sb, op('germanEmployeeData', 'create', {
			employeeId: rl('3'),
			additionalFields: { taxClass: 1, denomination: 'rk', contributionClassHealthInsurance: 1, workPermitExpirationDate: '2027-03-31', additionalContributionToNursingInsurance: true },
		}));
		expect(created.requests[0]).toMatchObject({
			method: 'POST',
			path: `${V}/payroll_employees/german_employee_data`,
			body: { employee_id: '3', tax_class: 1, denomination: 'rk', contribution_class_health_insurance: 1, work_permit_expiration_date: '2027-03-31', additional_contribution_to_nursing_insurance: true },
		});
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		const updated = await runOk(sb, op('germanEmployeeData', 'update', { germanEmployeeDataId: id, updateFields: { taxClass: 3 } }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/payroll_employees/german_employee_data/${id}`, body: { id, tax_class: 3 } });
		const listed = await runOk(sb, op('germanEmployeeData', 'getAll', { returnAll: true, filters: { ids: id } }));
		expect(listed.items.map((i) => i.json.tax_class)).toEqual([3]);
		expect((await runOk(sb, op('germanEmployeeData', 'get', { germanEmployeeDataId: id }))).items[0].json.id).toBe(id);
		await expectPages('germanEmployeeData', 'getAll', 'payroll_employees/german_employee_data');
	});
});

describe('API-key-only endpoints', () => {
	const { resources } = require('../dist/nodes/Factorial/resources/index.js');
	const { endpoints } = require('../nodes/Factorial/catalog/endpoints.json');
	const keyOnly = new Set(endpoints.filter((e) => e.k).map((e) => `${e.m} ${e.p}`));
	const curated = resources.flatMap((r) => r.operations.filter((o) => !o.prepare).map((o) => ({ id: `${r.name}.${o.name}`, o })));

	test('a curated operation is marked API key only exactly where Factorial\'s SDK lists only x-api-key, and says so', () => {
		const marked = curated.filter(({ o }) => o.apiKeyOnly).map(({ id }) => id);
		const expected = curated.filter(({ o }) => keyOnly.has(`${o.method} ${o.path}`)).map(({ id }) => id);
		expect(marked).toEqual(expected);
		expect(marked).toContain('trainingMembership.complete');
		for (const { o } of curated.filter(({ o }) => o.apiKeyOnly)) expect(o.description).toMatch(/only with an API key/);
	});

	test('with OAuth2 it fails before sending, naming the item; with an API key it is sent', async () => {
		const parameters = op('trainingMembership', 'complete', { trainingMembershipId: '1', trainingCompletedAt: '2026-10-02' }).parameters;
		const oauth = await runFailing(sb, { authentication: 'oAuth2', parameters });
		expect(oauth.error.message).toBe('Set Completion Date accepts only an API key, and this node signs in with OAuth2');
		expect(oauth.requests).toHaveLength(0);
		const listed = await runOk(sb, op('trainingMembership', 'getAll', { dueDate: 'overdue', limit: 1 }));
		const id = listed.items[0].json.id;
		const { requests, items } = await runOk(sb, op('trainingMembership', 'complete', { trainingMembershipId: id, trainingCompletedAt: '2026-10-02' }));
		expect(requests[0]).toMatchObject({ method: 'PUT', path: `${V}/trainings/training_memberships/${id}`, body: { id, training_completed_at: '2026-10-02' } });
		noUnknown(requests[0]);
		expect(items[0].json.training_completed_at).toBe('2026-10-02');
	});
});

describe('Training', () => {
	test('create sends what Factorial requires (company from the credential, empty attachments); update, status, catalog, delete', async () => {
		const created = await runOk(sb, op('training', 'create', {
			name: 'Fire safety', description: 'Yearly drill', year: 2027, external: true, additionalFields: { externalProvider: 'SafeCo', categoryIds: '1, 2', validFor: 2, isMandatory: true },
		}));
		expect(created.requests.at(-1)).toMatchObject({
			method: 'POST',
			path: `${V}/trainings/trainings`,
			body: { name: 'Fire safety', description: 'Yearly drill', year: 2027, external: true, company_id: sb.fixtures.companyId, attachments: [], external_provider: 'SafeCo', category_ids: ['1', '2'], valid_for: 2, is_mandatory: true },
		});
		noUnknown(created.requests.at(-1));
		const id = created.items[0].json.id;
		const updated = await runOk(sb, op('training', 'update', { trainingId: id, name: 'Fire safety 2027', description: 'Yearly drill', year: 2027, external: false, updateFields: { cost: 300 } }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/trainings/trainings/${id}`, body: { id, name: 'Fire safety 2027', description: 'Yearly drill', year: 2027, external: false, cost: 300 } });
		noUnknown(updated.requests[0]);
		const status = await runOk(sb, op('training', 'updateStatus', { trainingId: id, status: 'draft' }));
		expect(status.requests[0]).toMatchObject({ path: `${V}/trainings/trainings/update_status`, body: { id, status: 'draft', notify: false } });
		const shown = await runOk(sb, op('training', 'setCatalog', { ids: id, catalog: true }));
		expect(shown.requests[0]).toMatchObject({ path: `${V}/trainings/trainings/bulk_update_catalog`, body: { ids: [id], catalog: true } });
		const listed = await runOk(sb, op('training', 'getAll', { returnAll: true, filters: { ids: id, search: 'Fire', catalog: true } }));
		expect(listed.requests[0].query).toMatchObject({ 'ids[]': [id], search: 'Fire', catalog: 'true' });
		noUnknown(listed.requests[0]);
		expect((await runOk(sb, op('training', 'get', { trainingId: id }))).items[0].json.name).toBe('Fire safety 2027');
		await runOk(sb, op('training', 'delete', { trainingId: id }));
		expect((await runFailing(sb, op('training', 'get', { trainingId: id }))).error.httpCode).toBe('404');
	});

	test('Delete Many deletes every training named; Get Many pages', async () => {
		const [a, b] = (await runOk(sb, op('training', 'getAll', { limit: 2 }))).items.map((i) => i.json.id);
		const { requests, items } = await runOk(sb, op('training', 'bulkDelete', { ids: `${a}, ${b}` }));
		expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/trainings/trainings/bulk_delete`, body: { ids: [a, b] } });
		expect(items.map((i) => i.json.id)).toEqual([a, b]);
		for (const id of [a, b]) expect((await runFailing(sb, op('training', 'get', { trainingId: id }))).error.httpCode).toBe('404');
		const empty = await runFailing(sb, op('training', 'bulkDelete', { ids: '={{ [] }}' }));
		expect(empty.error.message).toBe('"Training IDs" in item 0 is required but empty');
		expect(empty.requests).toHaveLength(0);
		await expectPages('training', 'getAll', 'trainings/trainings');
	});
});

describe('Training Class and Training Session', () => {
	test('a class with its costs, a session in it; both listed by training, updated and deleted', async () => {
		const cls = await runOk(sb, op('trainingClass', 'create', { trainingId: '7', startDate: '2026-11-02', endDate: '2026-11-06', authorId: '1', cost: '250.00', paymentStatus: 'paid', additionalFields: { name: 'November group' } }));
		expect(cls.requests.at(-1)).toMatchObject({
			path: `${V}/trainings/training_classes`,
			body: { training_id: '7', start_date: '2026-11-02', end_date: '2026-11-06', author_id: '1', cost: '250.00', subsidized_cost: '0', indirect_cost: '0', salary_cost: '0', payment_status: 'paid', company_id: sb.fixtures.companyId, name: 'November group' },
		});
		noUnknown(cls.requests.at(-1));
		const classId = cls.items[0].json.id;
		const updatedClass = await runOk(sb, op('trainingClass', 'update', { trainingClassId: classId, cost: '300', paymentStatus: 'pending', updateFields: { endDate: '2026-11-07' } }));
		expect(updatedClass.requests[0].body).toEqual({ id: classId, cost: '300', subsidized_cost: '0', indirect_cost: '0', salary_cost: '0', payment_status: 'pending', end_date: '2026-11-07' });
		const classes = await runOk(sb, op('trainingClass', 'getAll', { returnAll: true, filters: { trainingId: '7' } }));
		expect(classes.requests[0].query).toMatchObject({ training_id: '7' });
		noUnknown(classes.requests[0]);
		expect(classes.items.map((i) => i.json.id)).toContain(classId);

		const session = await runOk(sb, op('trainingSession', 'create', {
			trainingId: '7', name: 'Day 1', additionalFields: { trainingClassId: classId, schedule: 'scheduled', startsAt: '2026-11-02T09:00:00Z', endsAt: '2026-11-02T13:00:00Z', modality: 'online', link: 'https://meet.example.com/fire' },
		}));
		expect(session.requests[0]).toMatchObject({
			path: `${V}/trainings/sessions`,
			body: { training_id: '7', name: 'Day 1', training_class_id: classId, schedule: 'scheduled', modality: 'online', link: 'https://meet.example.com/fire' },
		});
		noUnknown(session.requests[0]);
		const sessionId = session.items[0].json.id;
		const badLink = await runFailing(sb, op('trainingSession', 'update', { trainingSessionId: sessionId, name: 'Day 1', updateFields: { link: 'javascript:alert(1)' } }));
		expect(badLink.error.message).toMatch(/^"Link" in item 0 is not an http\(s\) URL/);
		expect(badLink.requests).toHaveLength(0);
		const moved = await runOk(sb, op('trainingSession', 'update', { trainingSessionId: sessionId, name: 'Day 1 (moved)', updateFields: { location: 'Room 2', modality: 'inperson' } }));
		expect(moved.requests[0].body).toEqual({ id: sessionId, name: 'Day 1 (moved)', location: 'Room 2', modality: 'inperson' });
		const sessions = await runOk(sb, op('trainingSession', 'getAll', { returnAll: true, filters: { trainingClassIds: classId, employeeId: rl('3'), active: true } }));
		expect(sessions.requests[0].query).toMatchObject({ 'training_class_ids[]': [classId], employee_id: '3', active: 'true' });
		noUnknown(sessions.requests[0]);
		expect((await runOk(sb, op('trainingSession', 'get', { trainingSessionId: sessionId }))).items[0].json.name).toBe('Day 1 (moved)');
		await runOk(sb, op('trainingSession', 'delete', { trainingSessionId: sessionId }));
		await runOk(sb, op('trainingClass', 'delete', { trainingClassId: classId }));
		expect((await runFailing(sb, op('trainingClass', 'get', { trainingClassId: classId }))).error.httpCode).toBe('404');
		await expectPages('trainingSession', 'getAll', 'trainings/sessions');
	});
});

describe('Training participants, session participants and attendance', () => {
	test('add employees to a training and remove participants; Get Many needs the due filter Factorial requires', async () => {
		const added = await runOk(sb, op('trainingMembership', 'add', { trainingId: '7', employeeIds: '3, 4' }));
		expect(added.requests[0]).toMatchObject({ method: 'POST', path: `${V}/trainings/training_memberships/bulk_create`, body: { training_id: '7', employee_ids: ['3', '4'] } });
		noUnknown(added.requests[0]);
		expect(added.items.map((i) => [i.json.training_id, i.json.employee_id])).toEqual([['7', '3'], ['7', '4']]);
		const noDue = await runFailing(sb, op('trainingMembership', 'getAll', { dueDate: '={{ "" }}' }));
		expect(noDue.error.message).toBe('"Due" in item 0 is required but empty');
		expect(noDue.requests).toHaveLength(0);
		const listed = await runOk(sb, op('trainingMembership', 'getAll', { dueDate: '30', returnAll: true, filters: { trainingId: '7', employeeId: rl('3'), status: 'notstarted' } }));
		expect(listed.requests[0].query).toMatchObject({ due_date: '30', training_id: '7', employee_id: '3', status: 'notstarted' });
		noUnknown(listed.requests[0]);
		const id = (await runOk(sb, op('trainingMembership', 'getAll', { dueDate: 'overdue', limit: 1 }))).items[0].json.id;
		expect((await runOk(sb, op('trainingMembership', 'get', { trainingMembershipId: id }))).items[0].json.id).toBe(id);
		const removed = await runOk(sb, op('trainingMembership', 'remove', { ids: id }));
		expect(removed.requests[0]).toMatchObject({ path: `${V}/trainings/training_memberships/bulk_destroy`, body: { ids: [id] } });
		noUnknown(removed.requests[0]);
		expect((await runFailing(sb, op('trainingMembership', 'get', { trainingMembershipId: id }))).error.httpCode).toBe('404');
		await expectPages('trainingMembership', 'getAll', 'trainings/training_memberships', { dueDate: 'overdue' });
	});

	test('invite employees to a session, list them, remove them; record attendance', async () => {
		const added = await runOk(sb, op('trainingSessionParticipant', 'add', { sessionId: '12', employeeIds: '3', notify: true }));
		expect(added.requests[0]).toMatchObject({ path: `${V}/trainings/session_access_memberships/bulk_create`, body: { session_id: '12', employee_ids: ['3'], notify: true } });
		noUnknown(added.requests[0]);
		expect(added.items.map((i) => [i.json.session_id, i.json.employee_id])).toEqual([['12', '3']]);
		const listed = await runOk(sb, op('trainingSessionParticipant', 'getAll', { sessionId: '12', returnAll: true, filters: { teamIds: '2', search: 'Ana' } }));
		expect(listed.requests[0].query).toMatchObject({ session_id: '12', 'team_ids[]': ['2'], search: 'Ana' });
		noUnknown(listed.requests[0]);
		const all = await runOk(sb, op('trainingSessionParticipant', 'getAll', { sessionId: '1', limit: 1 }));
		const id = all.items[0].json.id;
		expect((await runOk(sb, op('trainingSessionParticipant', 'get', { sessionParticipantId: id }))).items[0].json.id).toBe(id);
		const removed = await runOk(sb, op('trainingSessionParticipant', 'remove', { ids: id }));
		expect(removed.requests[0]).toMatchObject({ path: `${V}/trainings/session_access_memberships/bulk_destroy`, body: { ids: [id], notify: false } });
		expect((await runFailing(sb, op('trainingSessionParticipant', 'get', { sessionParticipantId: id }))).error.httpCode).toBe('404');

		const attendances = await runOk(sb, op('trainingAttendance', 'getAll', { returnAll: true, filters: { sessionId: '1' } }));
		expect(attendances.requests[0].query).toMatchObject({ session_id: '1' });
		noUnknown(attendances.requests[0]);
		const ids = (await runOk(sb, op('trainingAttendance', 'getAll', { limit: 2 }))).items.map((i) => i.json.id);
		const updated = await runOk(sb, op('trainingAttendance', 'update', { ids: ids.join(','), status: 'completed', updateFields: { completedDuration: '1.5' } }));
		expect(updated.requests[0]).toMatchObject({ method: 'POST', path: `${V}/trainings/session_attendances/bulk_update`, body: { ids, status: 'completed', completed_duration: '1.5' } });
		noUnknown(updated.requests[0]);
		expect(updated.items.map((i) => [i.json.id, i.json.status, i.json.completed_duration])).toEqual(ids.map((id) => [id, 'completed', '1.5']));
		const one = await runOk(sb, op('trainingAttendance', 'get', { attendanceId: ids[0] }));
		expect(one.items[0].json.status).toBe('completed');
		await expectPages('trainingAttendance', 'getAll', 'trainings/session_attendances');
	});
});

describe('Review Process', () => {
	test('create a draft, start, remind, stop, reopen with a deadline, archive, delete', async () => {
		const created = await runOk(sb, op('reviewProcess', 'create', {
			authorAccessId: '101', name: '2026 annual review',
			additionalFields: { reviewerStrategies: 'manager', targetStrategy: 'by_teams', arguments: '2, 3', endsAt: '2026-12-15', employeeScoreEnabled: true },
		}));
		expect(created.requests[0]).toMatchObject({
			method: 'POST',
			path: `${V}/performance/review_processes`,
			body: { author_access_id: '101', name: '2026 annual review', reviewer_strategies: 'manager', target_strategy: 'by_teams', arguments: ['2', '3'], ends_at: '2026-12-15', employee_score_enabled: true },
		});
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		for (const [operation, path, extra, body] of [
			['start', 'start', {}, { id }],
			['remind', 'remind_in_bulk', { evaluationTypes: 'peers' }, { id, evaluation_types: 'peers' }],
			['stop', 'stop', {}, { id }],
			['reopen', 'reopen', { endsAt: '2027-01-15' }, { id, ends_at: '2027-01-15' }],
			['toggleArchive', 'toggle_archive', {}, { id }],
		]) {
			const { requests } = await runOk(sb, op('reviewProcess', operation, { reviewProcessId: id, ...extra }));
			expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/performance/review_processes/${path}`, body });
			noUnknown(requests[0]);
		}
		const noDeadline = await runFailing(sb, op('reviewProcess', 'reopen', { reviewProcessId: id, endsAt: 'next week' }));
		expect(noDeadline.error.message).toMatch(/^"Deadline" in item 0 is not a valid date/);
		expect(noDeadline.requests).toHaveLength(0);
		const listed = await runOk(sb, op('reviewProcess', 'getAll', { returnAll: true, filters: { ids: id, search: 'annual' } }));
		expect(listed.requests[0].query).toMatchObject({ 'ids[]': [id], search: 'annual' });
		noUnknown(listed.requests[0]);
		expect((await runOk(sb, op('reviewProcess', 'get', { reviewProcessId: id }))).items[0].json.name).toBe('2026 annual review');
		await runOk(sb, op('reviewProcess', 'delete', { reviewProcessId: id }));
		expect((await runFailing(sb, op('reviewProcess', 'get', { reviewProcessId: id }))).error.httpCode).toBe('404');
		await expectPages('reviewProcess', 'getAll', 'performance/review_processes');
	});
});

describe('Review participants, owners and action plans', () => {
	test('add participants and owners by access ID, list them by process, remove them', async () => {
		const added = await runOk(sb, op('reviewTarget', 'add', { performanceReviewProcessId: '5', targetsAccessIds: '101, 102' }));
		expect(added.requests[0]).toMatchObject({ path: `${V}/performance/review_process_targets/bulk_create`, body: { performance_review_process_id: '5', targets_access_ids: ['101', '102'] } });
		noUnknown(added.requests[0]);
		const ofProcess = await runOk(sb, op('reviewTarget', 'getAll', { returnAll: true, filters: { performanceReviewProcessIds: '5' } }));
		expect(ofProcess.items.map((i) => i.json.access_id)).toEqual(['101', '102']);
		const listed = await runOk(sb, op('reviewTarget', 'getAll', { returnAll: true, filters: { performanceReviewProcessIds: '5', accessIds: '101', withoutManager: true } }));
		expect(listed.requests[0].query).toMatchObject({ 'performance_review_process_ids[]': ['5'], 'access_ids[]': ['101'], without_manager: 'true' });
		noUnknown(listed.requests[0]);
		const targetId = (await runOk(sb, op('reviewTarget', 'getAll', { limit: 1 }))).items[0].json.id;
		expect((await runOk(sb, op('reviewTarget', 'get', { reviewTargetId: targetId }))).requests[0].path).toBe(`${V}/performance/review_process_targets/${targetId}`);
		await runOk(sb, op('reviewTarget', 'delete', { reviewTargetId: targetId }));
		expect((await runFailing(sb, op('reviewTarget', 'get', { reviewTargetId: targetId }))).error.httpCode).toBe('404');
		const estimated = await runOk(sb, op('reviewTarget', 'getEstimated', { returnAll: true, filters: { performanceReviewProcessIds: '5' } }));
		expect(estimated.requests[0]).toMatchObject({ path: `${V}/performance/review_process_estimated_targets`, query: { 'performance_review_process_ids[]': ['5'] } });
		noUnknown(estimated.requests[0]);
		// Seeded rows belong to processes 1, 2 and 3.
		const managers = await runOk(sb, op('reviewTarget', 'getManagers', { performanceReviewProcessIds: '1', returnAll: true }));
		expect(managers.requests[0]).toMatchObject({ path: `${V}/performance/target_managers`, query: { 'performance_review_process_ids[]': ['1'] } });
		noUnknown(managers.requests[0]);
		const noProcess = await runFailing(sb, op('reviewTarget', 'getManagers', { performanceReviewProcessIds: '={{ "" }}' }));
		expect(noProcess.error.message).toBe('"Review Process ID" in item 0 is required but empty');
		expect(noProcess.requests).toHaveLength(0);
		const managerId = managers.items[0].json.id;
		expect((await runOk(sb, op('reviewTarget', 'getManager', { targetManagerId: managerId }))).items[0].json.id).toBe(managerId);

		const owners = await runOk(sb, op('reviewOwner', 'add', { reviewProcessId: '5', ownerAccessIds: '101' }));
		expect(owners.requests[0]).toMatchObject({ path: `${V}/performance/review_owners/bulk_create`, body: { review_process_id: '5', owner_access_ids: ['101'] } });
		noUnknown(owners.requests[0]);
		const ownerList = await runOk(sb, op('reviewOwner', 'getAll', { returnAll: true, filters: { performanceReviewProcessIds: '5' } }));
		noUnknown(ownerList.requests[0]);
		const ownerId = (await runOk(sb, op('reviewOwner', 'getAll', { limit: 1 }))).items[0].json.id;
		const removed = await runOk(sb, op('reviewOwner', 'delete', { reviewOwnerId: ownerId }));
		expect(removed.requests[0]).toMatchObject({ method: 'DELETE', path: `${V}/performance/review_owners/${ownerId}` });
	});

	test('action plans: start one for a participant, list by process, get one', async () => {
		const started = await runOk(sb, op('reviewAgreement', 'initiate', { processId: '5', targetId: '5-101' }));
		expect(started.requests[0]).toMatchObject({ path: `${V}/performance/agreements/initiate`, body: { process_id: '5', target_id: '5-101' } });
		noUnknown(started.requests[0]);
		const listed = await runOk(sb, op('reviewAgreement', 'getAll', { returnAll: true, filters: { processIds: '5', targetIds: '5-101' } }));
		expect(listed.requests[0].query).toMatchObject({ 'process_ids[]': ['5'], 'target_ids[]': ['5-101'] });
		noUnknown(listed.requests[0]);
		const id = started.items[0].json.id;
		expect((await runOk(sb, op('reviewAgreement', 'get', { agreementId: id }))).items[0].json.process_id).toBe('5');
	});
});

describe('Review evaluations, templates and settings', () => {
	test('evaluations, answers and scores are read with their filters', async () => {
		const evaluations = await runOk(sb, op('reviewEvaluation', 'getAll', { returnAll: true, filters: { performanceReviewProcessIds: '5', reviewerStrategies: 'manager', published: false, targetAccessIds: '101' } }));
		expect(evaluations.requests[0]).toMatchObject({
			path: `${V}/performance/review_evaluations`,
			query: { 'performance_review_process_ids[]': ['5'], 'reviewer_strategies[]': ['manager'], published: 'false', 'target_access_ids[]': ['101'] },
		});
		noUnknown(evaluations.requests[0]);
		const evaluationId = (await runOk(sb, op('reviewEvaluation', 'getAll', { limit: 1 }))).items[0].json.id;
		expect((await runOk(sb, op('reviewEvaluation', 'get', { reviewEvaluationId: evaluationId }))).items[0].json.id).toBe(evaluationId);
		const answers = await runOk(sb, op('reviewEvaluation', 'getAnswers', { returnAll: true, filters: { performanceReviewEvaluationIds: evaluationId } }));
		expect(answers.requests[0]).toMatchObject({ path: `${V}/performance/review_evaluation_answers`, query: { 'performance_review_evaluation_ids[]': [evaluationId] } });
		noUnknown(answers.requests[0]);
		const scores = await runOk(sb, op('reviewEvaluation', 'getScores', { returnAll: true, filters: { reviewProcessIds: '5', reviewEvaluationIds: evaluationId } }));
		expect(scores.requests[0]).toMatchObject({ path: `${V}/performance/review_evaluation_scores`, query: { 'review_process_ids[]': ['5'], 'review_evaluation_ids[]': [evaluationId] } });
		noUnknown(scores.requests[0]);
		const scoreId = (await runOk(sb, op('reviewEvaluation', 'getScores', { limit: 1 }))).items[0].json.id;
		expect((await runOk(sb, op('reviewEvaluation', 'getScore', { evaluationScoreId: scoreId }))).requests[0].path).toBe(`${V}/performance/review_evaluation_scores/${scoreId}`);
		await expectPages('reviewEvaluation', 'getAll', 'performance/review_evaluations');
	});

	test('templates, questionnaires and score scales: list and get one', async () => {
		for (const [resource, many, one, idName, path] of [
			['reviewTemplate', 'getAll', 'get', 'reviewTemplateId', 'performance/review_process_custom_templates'],
			['reviewSetting', 'getQuestionnaires', 'getQuestionnaire', 'questionnaireId', 'performance/review_questionnaire_by_strategies'],
			['reviewSetting', 'getScoreScales', 'getScoreScale', 'scoreScaleId', 'performance/employee_score_scales'],
			['reviewSetting', 'getCompanyScoreScales', 'getCompanyScoreScale', 'companyScoreScaleId', 'performance/company_employee_score_scales'],
		]) {
			const listed = await runOk(sb, op(resource, many, { returnAll: true }));
			expect(listed.requests[0].path).toBe(`${V}/${path}`);
			const id = listed.items[0].json.id;
			const filtered = await runOk(sb, op(resource, many, { returnAll: true, filters: { ids: id } }));
			expect(filtered.items.map((i) => i.json.id)).toEqual([id]);
			noUnknown(filtered.requests[0]);
			const got = await runOk(sb, op(resource, one, { [idName]: id }));
			expect(got.requests[0].path).toBe(`${V}/${path}/${id}`);
		}
	});

	test('visibility settings: read by process; update sends the three settings Factorial requires', async () => {
		const listed = await runOk(sb, op('reviewSetting', 'getVisibility', { returnAll: true, filters: { performanceReviewProcessIds: '1' } }));
		expect(listed.requests[0]).toMatchObject({ path: `${V}/performance/review_visibility_settings`, query: { 'performance_review_process_ids[]': ['1'] } });
		noUnknown(listed.requests[0]);
		const id = (await runOk(sb, op('reviewSetting', 'getVisibility', { limit: 1 }))).items[0].json.id;
		const updated = await runOk(sb, op('reviewSetting', 'updateVisibility', { reviewProcessId: id, anonymousPeerEvaluationForTarget: true }));
		expect(updated.requests[0]).toMatchObject({
			method: 'PUT',
			path: `${V}/performance/review_visibility_settings/${id}`,
			body: { id, restrict_answers_visibility_to_reportees: false, early_access_to_answers_for_managers: false, anonymous_peer_evaluation_for_target: true },
		});
		noUnknown(updated.requests[0]);
		expect(updated.items[0].json.anonymous_peer_evaluation_for_target).toBe(true);
	});
});

describe('Review process set-up and follow-up actions', () => {
	test('create from a template, duplicate, rename, schedule, move and remove the schedule, change the deadline', async () => {
		const fromTemplate = await runOk(sb, op('reviewProcess', 'createFromTemplate', { authorAccessId: '101', templateId: '4', templateType: 'predefined', name: 'Mid-year' }));
		expect(fromTemplate.requests[0]).toMatchObject({ path: `${V}/performance/review_processes/create_from_template`, body: { author_access_id: '101', template_id: '4', template_type: 'predefined', name: 'Mid-year' } });
		noUnknown(fromTemplate.requests[0]);
		const id = (await runOk(sb, op('reviewProcess', 'getAll', { limit: 1 }))).items[0].json.id;
		for (const [operation, path, extra, body] of [
			['duplicate', 'duplicate', { authorAccessId: '101' }, { id, author_access_id: '101' }],
			['update', 'update_basic_info', { name: 'Renamed', description: 'Now shorter' }, { id, name: 'Renamed', description: 'Now shorter' }],
			['schedule', 'schedule', { startsAt: '2026-11-02' }, { id, starts_at: '2026-11-02' }],
			['updateSchedule', 'update_schedule', { startsAt: '2026-11-09' }, { id, starts_at: '2026-11-09' }],
			['removeSchedule', 'remove_schedule', {}, { id }],
			['updateDeadline', 'update_deadline', { endsAt: '2026-12-20' }, { id, ends_at: '2026-12-20' }],
		]) {
			const { requests } = await runOk(sb, op('reviewProcess', operation, { reviewProcessId: id, ...extra }));
			expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/performance/review_processes/${path}` });
			expect(requests[0].body).toEqual(body);
			noUnknown(requests[0]);
		}
		expect((await runOk(sb, op('reviewProcess', 'get', { reviewProcessId: id }))).items[0].json).toMatchObject({ name: 'Renamed', ends_at: '2026-12-20' });
		const noStart = await runFailing(sb, op('reviewProcess', 'schedule', { reviewProcessId: id, startsAt: '={{ "" }}' }));
		expect(noStart.error.message).toBe('"Start Date" in item 0 is required but empty');
		expect(noStart.requests).toHaveLength(0);
	});

	test('peers of a participant, the reviewer of an evaluation, every action plan of a process', async () => {
		const target = (await runOk(sb, op('reviewTarget', 'getAll', { limit: 1 }))).items[0].json.id;
		const peers = await runOk(sb, op('reviewTarget', 'addPeers', { reviewTargetId: target, peerAccessIds: '102, 103' }));
		expect(peers.requests[0]).toMatchObject({ path: `${V}/performance/review_process_targets/add_peers`, body: { id: target, peer_access_ids: ['102', '103'] } });
		noUnknown(peers.requests[0]);
		const evaluation = (await runOk(sb, op('reviewEvaluation', 'getAll', { limit: 1 }))).items[0].json.id;
		const removed = await runOk(sb, op('reviewTarget', 'removePeerEvaluations', { reviewTargetId: target, evaluationIds: evaluation }));
		expect(removed.requests[0]).toMatchObject({ path: `${V}/performance/review_process_targets/remove_peer_evaluations`, body: { id: target, evaluation_ids: [evaluation] } });
		noUnknown(removed.requests[0]);
		const replaced = await runOk(sb, op('reviewEvaluation', 'replaceReviewer', { reviewEvaluationId: evaluation, newReviewerAccessId: '104' }));
		expect(replaced.requests[0]).toMatchObject({ path: `${V}/performance/review_evaluations/replace_reviewer`, body: { id: evaluation, new_reviewer_access_id: '104' } });
		noUnknown(replaced.requests[0]);
		const all = await runOk(sb, op('reviewAgreement', 'initiateAll', { processId: '5' }));
		expect(all.requests[0]).toMatchObject({ path: `${V}/performance/agreements/bulk_initiate`, body: { process_id: '5' } });
		noUnknown(all.requests[0]);
	});
});

describe('Write checks', () => {
	const { resources } = require('../dist/nodes/Factorial/resources/index.js');
	const find = (resource, operation) => resources.find((r) => r.name === resource).operations.find((o) => o.name === operation);

	test('Set Status and Set Completion Date read the record back and compare what was sent', () => {
		const status = find('training', 'updateStatus').check;
		expect(status.read({ path: 'trainings/trainings/update_status', values: { id: '9', status: 'active' } })).toEqual({ path: 'trainings/trainings/9' });
		expect(status.applied({ id: '9', status: 'active' }, { values: { status: 'active' } })).toBe(true);
		expect(status.applied({ id: '9', status: 'draft' }, { values: { status: 'active' } })).toBe(false);
		const complete = find('trainingMembership', 'complete').check;
		expect(complete.read({ path: 'trainings/training_memberships/4', values: { id: '4', training_completed_at: '2026-10-02' } })).toEqual({ path: 'trainings/training_memberships/4' });
		expect(complete.applied({ training_completed_at: '2026-10-02T00:00:00.000Z' }, { values: { training_completed_at: '2026-10-02' } })).toBe(true);
		expect(complete.applied({ training_completed_at: null }, { values: { training_completed_at: '2026-10-02' } })).toBe(false);
	});
});
