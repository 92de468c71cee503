'use strict';
// Contract Version and Compensation: the terms of employment over time and the pay items on them.
const { runFactorial, searchList, sandboxState, rl, useSandbox, apiRequests: apiRequestsSince, runFailing: failing, runOk, runOneRequest } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const contractVersion = (operation, parameters = {}) => ({ resource: 'contractVersion', operation, ...parameters });
const compensation = (operation, parameters = {}) => ({ resource: 'compensation', operation, ...parameters });
const versions = () => sandboxState(sb, 'contract_versions');
const compensations = () => sandboxState(sb, 'compensations');
const storedVersion = async (id) => (await versions()).find((v) => v.id === id);

const run = (parameters) => runOk(sb, { parameters });

const runOne = (parameters) => runOneRequest(sb, { parameters });

const runFailing = (parameters) => failing(sb, { parameters });

// Active employees no seeded contract version belongs to, a different one per call.
let freshOffset = 0;
async function freshEmployee() {
	const taken = new Set((await versions()).map((v) => v.employee_id));
	const free = (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null && !taken.has(e.id));
	return free[freshOffset++];
}

// An employee's latest seeded version that has a salary.
async function currentSeededVersion() {
	const all = await versions();
	return all.find((v) => v.salary_amount != null && v.ends_on == null && !all.some((w) => w.employee_id === v.employee_id && w.effective_on > v.effective_on));
}

describe('Contract Version', () => {
	test('Create sends the required dates and the terms with Factorial names; the salary is in cents of the legal entity currency', async () => {
		const employee = await freshEmployee();
		const { items, request } = await runOne(
			contractVersion('create', {
				employeeId: rl(employee.id, 'list'),
				effectiveOn: '2026-11-01T00:00:00',
				startsOn: '2026-11-01',
				additionalFields: {
					jobTitle: 'Product Designer',
					salaryAmount: 4500000,
					salaryFrequency: 'yearly',
					workingHours: 40,
					workingHoursFrequency: 'week',
					workingTimePercentageInCents: 10000,
					bankHolidayTreatment: 'non_workable',
					hasTrialPeriod: true,
					trialPeriodEndsOn: '2027-01-31',
					maximumWeeklyHours: 45,
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/contracts/contract_versions`]);
		expect(request.body).toEqual({
			employee_id: employee.id,
			effective_on: '2026-11-01',
			starts_on: '2026-11-01',
			job_title: 'Product Designer',
			salary_amount: 4500000,
			salary_frequency: 'yearly',
			working_hours: 40,
			working_hours_frequency: 'week',
			working_time_percentage_in_cents: 10000,
			bank_holiday_treatment: 'non_workable',
			has_trial_period: true,
			trial_period_ends_on: '2027-01-31',
			maximum_weekly_hours: 45,
		});
		expect(items[0].json).toMatchObject({ employee_id: employee.id, job_title: 'Product Designer' });
		expect(await storedVersion(items[0].json.id)).toMatchObject({
			company_id: sb.fixtures.companyId,
			employee_id: employee.id,
			salary_amount: 4500000,
			salary_currency: 'EUR',
			trial_period_ends_on: '2027-01-31',
		});
	});

	test('Create with Copy Current Contract Version keeps the current terms and changes only what is given', async () => {
		const current = await currentSeededVersion();
		const { items, request } = await runOne(
			contractVersion('create', {
				employeeId: rl(current.employee_id),
				effectiveOn: '2026-12-01',
				startsOn: current.starts_on,
				additionalFields: { salaryAmount: current.salary_amount + 200000, copyCurrentContractVersion: true },
			}),
		);
		expect(request.body).toEqual({
			employee_id: current.employee_id,
			effective_on: '2026-12-01',
			starts_on: current.starts_on,
			salary_amount: current.salary_amount + 200000,
			copy_current_contract_version: true,
		});
		const raised = await storedVersion(items[0].json.id);
		expect(raised).toMatchObject({
			effective_on: '2026-12-01',
			salary_amount: current.salary_amount + 200000,
			salary_frequency: current.salary_frequency,
			job_title: current.job_title,
			working_week_days: current.working_week_days,
		});
		expect(raised.id).not.toBe(current.id);
		expect((await storedVersion(current.id)).salary_amount).toBe(current.salary_amount);
	});

	test('Factorial refuses a first salary without its frequency, and an end before the start; nothing is stored', async () => {
		const employee = await freshEmployee();
		const count = (await versions()).length;
		const noFrequency = await runFailing(
			contractVersion('create', { employeeId: rl(employee.id), effectiveOn: '2026-11-01', startsOn: '2026-11-01', additionalFields: { salaryAmount: 3000000 } }),
		);
		expect(noFrequency.requests).toHaveLength(1);
		expect(noFrequency.error.message).toMatch(/\(422\): salary_frequency: /);

		const backwards = await runFailing(
			contractVersion('create', { employeeId: rl(employee.id), effectiveOn: '2026-11-01', startsOn: '2026-11-01', additionalFields: { endsOn: '2026-10-31' } }),
		);
		expect(backwards.error.message).toMatch(/\(422\): ends_on: /);

		const nobody = await runFailing(contractVersion('create', { employeeId: rl('999999'), effectiveOn: '2026-11-01', startsOn: '2026-11-01' }));
		expect(nobody.error.message).toMatch(/\(422\): employee_id: /);
		expect(await versions()).toHaveLength(count);
	});

	test('a required value that comes out empty, or a malformed date, names the field and the item, and sends nothing', async () => {
		const employee = await freshEmployee();
		// Expressions reading a field the input item lacks: n8n's own required check cannot see those.
		const missing = await runFailing(contractVersion('create', { employeeId: rl(employee.id), effectiveOn: '={{ $json.hiredOn }}', startsOn: '2026-11-01' }));
		expect(missing.error.message).toMatch(/"Effective Date" in item 0 is required but empty/);
		expect(missing.requests).toHaveLength(0);
		const malformed = await runFailing(contractVersion('create', { employeeId: rl(employee.id), effectiveOn: '2026-11-01', startsOn: '1st of November' }));
		expect(malformed.error.message).toMatch(/"Contract Start Date" in item 0 is not a valid date/);
		expect(malformed.requests).toHaveLength(0);
		const noEmployee = await runFailing(contractVersion('create', { employeeId: rl('={{ $json.employeeId }}'), effectiveOn: '2026-11-01', startsOn: '2026-11-01' }));
		expect(noEmployee.error.message).toMatch(/"Employee" in item 0 is required but empty/);
		expect(noEmployee.requests).toHaveLength(0);
	});

	test('Get, Update and Delete one version; deleting it removes its compensations', async () => {
		const employee = await freshEmployee();
		const { items } = await run(
			contractVersion('create', { employeeId: rl(employee.id), effectiveOn: '2026-11-01', startsOn: '2026-11-01', additionalFields: { jobTitle: 'Analyst', salaryAmount: 3000000, salaryFrequency: 'yearly' } }),
		);
		const id = items[0].json.id;

		const got = await runOne(contractVersion('get', { contractVersionId: rl(id, 'list') }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/contracts/contract_versions/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, job_title: 'Analyst' });

		const updated = await runOne(contractVersion('update', { contractVersionId: rl(id), updateFields: { jobTitle: 'Senior Analyst', salaryAmount: 3300000, annualWorkingTimeDistribution: 'limit_workdays' } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/contracts/contract_versions/${id}`]);
		expect(updated.request.body).toEqual({ id, job_title: 'Senior Analyst', salary_amount: 3300000, annual_working_time_distribution: 'limit_workdays' });
		expect(await storedVersion(id)).toMatchObject({ job_title: 'Senior Analyst', salary_amount: 3300000, salary_frequency: 'yearly', annual_working_time_distribution: 'limit_workdays' });

		await run(compensation('create', { contractVersionId: rl(id), contractsTaxonomyId: '501', compensationType: 'fixed', additionalFields: { amount: 12000 } }));
		expect((await compensations()).filter((c) => c.contract_version_id === id)).toHaveLength(1);

		const deleted = await runOne(contractVersion('delete', { contractVersionId: rl(id) }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/contracts/contract_versions/${id}`]);
		expect(await storedVersion(id)).toBeUndefined();
		expect((await compensations()).filter((c) => c.contract_version_id === id)).toHaveLength(0);
		const after = await runFactorial(sb, { parameters: contractVersion('get', { contractVersionId: rl(id) }), continueOnFail: true });
		expect(after.items[0].json.httpCode).toBe('404');
	});

	test('Get Many sends the catalog filters with Factorial names and gets what they select', async () => {
		const all = await versions();
		const employeeIds = [...new Set(all.map((v) => v.employee_id))].slice(0, 12);
		const { items, request } = await runOne(
			contractVersion('getAll', {
				returnAll: true,
				filters: { employeeIds: employeeIds.join(', '), date: '2026-03-31', updatedAtGteq: '2018-03-01T00:00:00+00:00', jobCatalogTreeNodeUuids: 'jobcatalog_treelevel-1,jobcatalog_treelevel-2' },
			}),
		);
		expect([request.method, request.path]).toEqual(['GET', `${V}/contracts/contract_versions`]);
		expect(request.query).toEqual({
			limit: '100',
			'employee_ids[]': employeeIds,
			date: '2026-03-31',
			updated_at_gteq: '2018-03-01T00:00:00+00:00',
			'job_catalog_tree_node_uuids[]': ['jobcatalog_treelevel-1', 'jobcatalog_treelevel-2'],
		});
		const expected = all
			.filter((v) => employeeIds.includes(v.employee_id) && v.effective_on <= '2026-03-31' && v.updated_at >= '2018-03-01')
			.filter((v) => ['jobcatalog_treelevel-1', 'jobcatalog_treelevel-2'].includes(v.job_catalog_tree_node_uuid))
			.map((v) => v.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(all.length);
		expect(items.map((i) => i.json.id)).toEqual(expected);
	});

	test('Get Many with a Limit stops after that many versions', async () => {
		const { items, requests } = await run(contractVersion('getAll', { returnAll: false, limit: 4 }));
		expect(items).toHaveLength(4);
		expect(requests).toHaveLength(1);
		expect(requests[0].query.limit).toBe('4');
	});

	test('the contract version picker lists versions by job title, employee and date, and searches them', async () => {
		const all = await versions();
		const everything = await searchList(sb, 'searchContractVersions');
		expect(everything.results.map((r) => r.value)).toEqual(all.slice(0, everything.results.length).map((v) => v.id));
		expect(everything.results[0]).toEqual({ name: `${all[0].job_title}, employee ${all[0].employee_id}, from ${all[0].effective_on}`, value: all[0].id });
		const found = await searchList(sb, 'searchContractVersions', 'senior');
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((r) => r.name.toLowerCase().includes('senior'))).toBe(true);
	});
});

describe('Compensation', () => {
	test('Create adds a pay item to a contract version, amount in cents; it is paid in the contract currency', async () => {
		const version = await currentSeededVersion();
		const { items, request } = await runOne(
			compensation('create', {
				contractVersionId: rl(version.id, 'list'),
				contractsTaxonomyId: '502',
				compensationType: 'up_to',
				additionalFields: { amount: 250000, recurrence: 'yearly', description: 'Sales bonus', startsOn: '2027-01-01', firstPaymentOn: '2027-12-31', syncWithSupplements: true },
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/contracts/compensations`]);
		expect(request.body).toEqual({
			contract_version_id: version.id,
			contracts_taxonomy_id: '502',
			compensation_type: 'up_to',
			amount: 250000,
			recurrence: 'yearly',
			description: 'Sales bonus',
			starts_on: '2027-01-01',
			first_payment_on: '2027-12-31',
			sync_with_supplements: true,
		});
		const stored = (await compensations()).find((c) => c.id === items[0].json.id);
		expect(stored).toMatchObject({ contract_version_id: version.id, amount: 250000, currency: 'EUR', unit: 'money', first_payment_on: '2027-12-31' });
	});

	test('the amount is required unless the type is Undefined; a missing concept is refused before sending', async () => {
		const version = await currentSeededVersion();
		const count = (await compensations()).length;
		const noAmount = await runFailing(compensation('create', { contractVersionId: rl(version.id), contractsTaxonomyId: '501', compensationType: 'per_worked_day' }));
		expect(noAmount.requests).toHaveLength(1);
		expect(noAmount.error.message).toMatch(/\(422\): amount: /);
		expect(await compensations()).toHaveLength(count);

		const open = await run(compensation('create', { contractVersionId: rl(version.id), contractsTaxonomyId: '504', compensationType: 'undefined', additionalFields: { description: 'Commission, amount set each month' } }));
		expect(open.requests[0].body).toEqual({ contract_version_id: version.id, contracts_taxonomy_id: '504', compensation_type: 'undefined', description: 'Commission, amount set each month' });
		expect(await compensations()).toHaveLength(count + 1);

		const noConcept = await runFailing(compensation('create', { contractVersionId: rl(version.id), contractsTaxonomyId: '={{ $json.concept }}', compensationType: 'fixed' }));
		expect(noConcept.error.message).toMatch(/"Compensation Concept ID" in item 0 is required but empty/);
		expect(noConcept.requests).toHaveLength(0);
		const unknownVersion = await runFailing(compensation('create', { contractVersionId: rl('123'), contractsTaxonomyId: '501', compensationType: 'fixed', additionalFields: { amount: 1 } }));
		expect(unknownVersion.error.message).toMatch(/\(422\): contract_version_id: /);
	});

	test('Get, Update (the concept goes with every change) and Delete one compensation', async () => {
		const [seeded] = await compensations();
		const got = await runOne(compensation('get', { compensationId: seeded.id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/contracts/compensations/${seeded.id}`]);
		expect(got.items[0].json).toMatchObject({ id: seeded.id, description: seeded.description });

		const updated = await runOne(compensation('update', { compensationId: seeded.id, contractsTaxonomyId: seeded.contracts_taxonomy_id, updateFields: { amount: 18000, minimumAmountOfHoursInCents: 150 } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/contracts/compensations/${seeded.id}`]);
		expect(updated.request.body).toEqual({ id: seeded.id, contracts_taxonomy_id: seeded.contracts_taxonomy_id, amount: 18000, minimum_amount_of_hours_in_cents: 150 });
		expect((await compensations()).find((c) => c.id === seeded.id)).toMatchObject({ amount: 18000, minimum_amount_of_hours_in_cents: 150 });

		const badType = await runFailing(compensation('update', { compensationId: seeded.id, contractsTaxonomyId: '501', updateFields: { compensationType: 'sometimes' } }));
		// Not one of the listed types: refused before anything is sent.
		expect(badType.error.message).toBe('"Type" in item 0 is not one of its options: "sometimes"');
		expect(badType.requests).toHaveLength(0);

		const deleted = await runOne(compensation('delete', { compensationId: seeded.id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/contracts/compensations/${seeded.id}`]);
		expect((await compensations()).some((c) => c.id === seeded.id)).toBe(false);
	});

	test('Get Many filters by contract version', async () => {
		const all = await compensations();
		const versionIds = [...new Set(all.map((c) => c.contract_version_id))].slice(0, 3);
		const { items, request } = await runOne(compensation('getAll', { returnAll: true, filters: { contractVersionIds: versionIds.join(',') } }));
		expect([request.method, request.path]).toEqual(['GET', `${V}/contracts/compensations`]);
		expect(request.query).toEqual({ limit: '100', 'contract_version_ids[]': versionIds });
		const expected = all.filter((c) => versionIds.includes(c.contract_version_id)).map((c) => c.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(all.length);
		expect(items.map((i) => i.json.id)).toEqual(expected);
	});
});
