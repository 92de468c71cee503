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
