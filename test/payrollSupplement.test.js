'use strict';
// Payroll Supplement: amounts added to an employee's payroll for one period.
const { sandboxState, rl, useSandbox, apiRequests: apiRequestsSince, runFailing: failing, runOk, runOneRequest } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const supplement = (operation, parameters = {}) => ({ resource: 'payrollSupplement', operation, ...parameters });
const supplements = () => sandboxState(sb, 'payroll_supplements');
const stored = async (id) => (await supplements()).find((s) => s.id === id);

const run = (parameters) => runOk(sb, { parameters });

const runOne = (parameters) => runOneRequest(sb, { parameters });

const runFailing = (parameters) => failing(sb, { parameters });

/** A seeded compensation with the employee whose contract it is on. */
async function compensationWithEmployee(index = 0) {
	const versions = await sandboxState(sb, 'contract_versions');
	const compensation = (await sandboxState(sb, 'compensations'))[index];
	return { compensation, employeeId: versions.find((v) => v.id === compensation.contract_version_id).employee_id };
}

const required = (employeeId, extra = {}) => ({
	employeeId: rl(employeeId, 'list'),
	amountInCents: 12550,
	effectiveOn: '2026-10-31T00:00:00',
	contractsTaxonomyId: '503',
	payrollPolicyPeriodId: '7003',
	...extra,
});

describe('Payroll Supplement', () => {
	test('Create sends every required field, the amount in cents; it takes the employee legal entity and currency', async () => {
		const { compensation, employeeId } = await compensationWithEmployee();
		const { items, request } = await runOne(
			supplement('create', required(employeeId, { additionalFields: { contractsCompensationId: compensation.id, unit: 'money', workedDays: 21 } })),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/payroll/supplements`]);
		expect(request.body).toEqual({
			employee_id: employeeId,
			amount_in_cents: 12550,
			effective_on: '2026-10-31',
			contracts_taxonomy_id: '503',
			payroll_policy_period_id: '7003',
			contracts_compensation_id: compensation.id,
			unit: 'money',
			worked_days: 21,
		});
		expect(await stored(items[0].json.id)).toMatchObject({
			company_id: sb.fixtures.companyId,
			employee_id: employeeId,
			amount_in_cents: 12550,
			payroll_policy_period_id: '7003',
			contracts_compensation_id: compensation.id,
			legal_entity_id: sb.fixtures.legalEntityId,
			currency: 'EUR',
		});
	});

	test('Factorial refuses a compensation of another employee and an unknown employee; bad inputs are refused before sending', async () => {
		const { compensation } = await compensationWithEmployee(0);
		const other = (await sandboxState(sb, 'employees')).find((e) => e.terminated_on == null && Number(e.id) > 100);
		const count = (await supplements()).length;
		const foreign = await runFailing(supplement('create', required(other.id, { additionalFields: { contractsCompensationId: compensation.id } })));
		expect(foreign.requests).toHaveLength(1);
		expect(foreign.error.message).toMatch(/\(422\): contracts_compensation_id: /);
		const nobody = await runFailing(supplement('create', required('999999')));
		expect(nobody.error.message).toMatch(/\(422\): employee_id: /);
		expect(await supplements()).toHaveLength(count);

		const notANumber = await runFailing(supplement('create', required(other.id, { amountInCents: '={{ "twelve euros" }}' })));
		expect(notANumber.error.message).toMatch(/"Amount \(in Cents\)" in item 0 is not a number/);
		expect(notANumber.requests).toHaveLength(0);
		const noPeriod = await runFailing(supplement('create', required(other.id, { payrollPolicyPeriodId: '={{ $json.period }}' })));
		expect(noPeriod.error.message).toMatch(/"Payroll Period ID" in item 0 is required but empty/);
		expect(noPeriod.requests).toHaveLength(0);
		const badDate = await runFailing(supplement('create', required(other.id, { effectiveOn: '2026-02-30' })));
		expect(badDate.error.message).toMatch(/"Effective Date" in item 0 is not a valid date/);
		expect(badDate.requests).toHaveLength(0);
	});

	test('Get, Update and Delete one supplement', async () => {
		const employee = (await sandboxState(sb, 'employees')).find((e) => e.terminated_on == null && Number(e.id) > 120);
		const { items } = await run(supplement('create', required(employee.id, { additionalFields: { unit: 'time' } })));
		const id = items[0].json.id;
		expect((await stored(id)).currency).toBeNull();

		const got = await runOne(supplement('get', { supplementId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/payroll/supplements/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, unit: 'time' });

		const updated = await runOne(supplement('update', { supplementId: id, updateFields: { amountInCents: 800, effectiveOn: '2026-11-30', payrollPolicyPeriodId: '7004' } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/payroll/supplements/${id}`]);
		expect(updated.request.body).toEqual({ id, amount_in_cents: 800, effective_on: '2026-11-30', payroll_policy_period_id: '7004' });
		expect(await stored(id)).toMatchObject({ amount_in_cents: 800, effective_on: '2026-11-30', payroll_policy_period_id: '7004' });

		const deleted = await runOne(supplement('delete', { supplementId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/payroll/supplements/${id}`]);
		expect(await stored(id)).toBeUndefined();
	});

	test('Get Many sends the catalog filters with Factorial names and gets what they select', async () => {
		const all = await supplements();
		const employeeIds = [...new Set(all.map((s) => s.employee_id))].slice(0, 4);
		const { items, request } = await runOne(
			supplement('getAll', {
				returnAll: true,
				filters: { policyPeriodIds: '7002', employeeIds: employeeIds.join(','), from: '2026-09-01', to: '2026-09-30', legalEntityIds: sb.fixtures.legalEntityId },
			}),
		);
		expect([request.method, request.path]).toEqual(['GET', `${V}/payroll/supplements`]);
		expect(request.query).toEqual({
			limit: '100',
			'policy_period_ids[]': ['7002'],
			'employee_ids[]': employeeIds,
			from: '2026-09-01',
			to: '2026-09-30',
			'legal_entity_ids[]': [sb.fixtures.legalEntityId],
		});
		const expected = all
			.filter((s) => s.payroll_policy_period_id === '7002' && employeeIds.includes(s.employee_id))
			.filter((s) => s.effective_on >= '2026-09-01' && s.effective_on <= '2026-09-30')
			.map((s) => s.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const { compensation } = await compensationWithEmployee(0);
		const byCompensation = await runOne(supplement('getAll', { returnAll: true, filters: { compensationId: compensation.id } }));
		expect(byCompensation.request.query).toEqual({ limit: '100', compensation_id: compensation.id });
		const paidOut = all.filter((s) => s.contracts_compensation_id === compensation.id).map((s) => s.id);
		expect(paidOut.length).toBeGreaterThan(0);
		expect(byCompensation.items.map((i) => i.json.id)).toEqual(paidOut);
	});

	test('Get Many with a Limit stops after that many supplements', async () => {
		const { items, requests } = await run(supplement('getAll', { returnAll: false, limit: 5 }));
		expect(items).toHaveLength(5);
		expect(requests).toHaveLength(1);
		expect(requests[0].query.limit).toBe('5');
	});
});
