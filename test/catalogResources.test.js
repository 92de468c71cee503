'use strict';
// Curated operations for areas the sandbox has no hand-written resource for (overtime requests,
// worked and expected times, time off balances, training categories): tested against the sandbox's
// generic layer, which checks them against Factorial's catalog.
const { runOk, runFailing, useSandbox, rl } = require('./helpers/factorial');

let sb;
useSandbox((started) => {
	sb = started;
});

const V = '/api/2026-10-01/resources';
const op = (resource, operation, parameters = {}) => ({ parameters: { resource, operation, ...parameters } });
const noUnknown = (request) => expect([request.unknownFields, request.unknownQuery]).toEqual([undefined, undefined]);

describe('Overtime Request', () => {
	test('create, approve, list by status; reject needs a reason; update; delete', async () => {
		const { items, requests } = await runOk(sb, op('overtimeRequest', 'create', {
			employeeId: rl('3'), date: '2026-10-05', authorId: '1', additionalFields: { hoursAmount: 2.5, description: 'Release night' },
		}));
		expect(requests[0]).toMatchObject({ method: 'POST', path: `${V}/attendance/overtime_requests`, body: { employee_id: '3', date: '2026-10-05', author_id: '1', hours_amount: 2.5, description: 'Release night' } });
		noUnknown(requests[0]);
		const id = items[0].json.id;
		const approved = await runOk(sb, op('overtimeRequest', 'approve', { overtimeRequestId: id, additionalFields: { reason: 'ok' } }));
		expect(approved.requests[0].body).toEqual({ id, reason: 'ok' });
		expect(approved.items[0].json.status).toBe('approved');
		const listed = await runOk(sb, op('overtimeRequest', 'getAll', { returnAll: true, filters: { status: 'approved', ids: id } }));
		expect(listed.requests[0].query).toMatchObject({ include_approval_flow: 'false', status: 'approved', 'ids[]': [id] });
		noUnknown(listed.requests[0]);
		expect(listed.items.map((i) => i.json.id)).toEqual([id]);

		// Left empty by an expression (the editor itself refuses an empty required parameter).
		const noReason = await runFailing(sb, op('overtimeRequest', 'reject', { overtimeRequestId: id, reason: '={{ "" }}' }));
		expect(noReason.error.message).toBe('"Reason" in item 0 is required but empty');
		expect(noReason.requests).toHaveLength(0);
		const rejected = await runOk(sb, op('overtimeRequest', 'reject', { overtimeRequestId: id, reason: 'Not agreed' }));
		expect(rejected.items[0].json.status).toBe('rejected');

		const updated = await runOk(sb, op('overtimeRequest', 'update', { overtimeRequestId: id, updateFields: { reason: 'Agreed later', hoursAmount: 3 } }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/attendance/overtime_requests/${id}`, body: { id, reason: 'Agreed later', hours_amount: 3 } });
		noUnknown(updated.requests[0]);
		await runOk(sb, op('overtimeRequest', 'delete', { overtimeRequestId: id }));
		const gone = await runFailing(sb, op('overtimeRequest', 'get', { overtimeRequestId: id }));
		expect(gone.error.httpCode).toBe('404');
	});
});

describe('Worked Time', () => {
	test('Get Many always sends the two flags Factorial requires, with the filters', async () => {
		const { items, requests } = await runOk(sb, op('workedTime', 'getAll', {
			includeTimeRangeCategory: true, limit: 2, filters: { startOn: '2026-09-01', endOn: '2026-09-30', employeeIds: '1, 2' },
		}));
		expect(requests[0].query).toMatchObject({ include_time_range_category: 'true', include_non_attendable_employees: 'false', start_on: '2026-09-01', end_on: '2026-09-30', 'employee_ids[]': ['1', '2'], limit: '2' });
		noUnknown(requests[0]);
		expect(items.length).toBeLessThanOrEqual(2);
		const one = await runOk(sb, op('workedTime', 'get', { workedTimeId: items[0]?.json.id ?? '1' }));
		expect(one.requests[0].path).toMatch(/\/attendance\/worked_times\/[^/]+$/);
	});

	test('Get Expected Times needs the range and the employees before sending', async () => {
		const missing = await runFailing(sb, op('workedTime', 'getExpected', { startOn: '2026-10-01', endOn: '2026-10-31', employeeIds: '={{ $json.nobody }}' }));
		expect(missing.error.message).toBe('"Employee IDs" in item 0 is required but empty');
		expect(missing.requests).toHaveLength(0);
		const { requests } = await runOk(sb, op('workedTime', 'getExpected', { startOn: '2026-10-01', endOn: '2026-10-31', employeeIds: '4', returnAll: true }));
		expect(requests[0]).toMatchObject({ path: `${V}/attendance/estimated_times`, query: { start_on: '2026-10-01', end_on: '2026-10-31', 'employee_ids[]': ['4'] } });
		noUnknown(requests[0]);
	});
});

describe('Allowance → Get Balances', () => {
	test('reads allowance stats with the employee, allowance and date filters', async () => {
		const { items, requests } = await runOk(sb, op('allowance', 'getBalances', { returnAll: true, filters: { employeeIds: '1', allowanceIds: '61', referenceDate: '2026-12-31' } }));
		expect(requests[0]).toMatchObject({ path: `${V}/timeoff/allowance_stats`, query: { 'employee_ids[]': ['1'], 'allowance_ids[]': ['61'], reference_date: '2026-12-31' } });
		noUnknown(requests[0]);
		expect(Array.isArray(items)).toBe(true);
	});
});

describe('Training Category', () => {
	test('create fills the company from the credential; list, get and delete', async () => {
		const created = await runOk(sb, op('trainingCategory', 'create', { name: 'Safety' }));
		const post = created.requests.find((r) => r.method === 'POST');
		expect(post.body).toEqual({ name: 'Safety', company_id: sb.fixtures.companyId });
		const id = created.items[0].json.id;
		const listed = await runOk(sb, op('trainingCategory', 'getAll', { returnAll: true }));
		expect(listed.items.map((i) => i.json.id)).toContain(id);
		const got = await runOk(sb, op('trainingCategory', 'get', { trainingCategoryId: id }));
		expect(got.items[0].json.name).toBe('Safety');
		await runOk(sb, op('trainingCategory', 'delete', { trainingCategoryId: id }));
		expect((await runFailing(sb, op('trainingCategory', 'get', { trainingCategoryId: id }))).error.httpCode).toBe('404');
	});
});

describe('Custom Field and Custom Field Value', () => {
	test('set an employee\'s custom field value, read it back by employee, change it', async () => {
		const fields = await runOk(sb, op('customField', 'getAll', { returnAll: true, filters: { fieldType: 'text' } }));
		expect(fields.requests[0].query).toMatchObject({ field_type: 'text' });
		const fieldId = fields.items[0].json.id;
		const created = await runOk(sb, op('customFieldValue', 'create', { fieldId, valuableId: '4', value: 'L' }));
		expect(created.requests[0].body).toEqual({ field_id: fieldId, valuable_type: 'Employee', valuable_id: '4', value: 'L' });
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		const listed = await runOk(sb, op('customFieldValue', 'getAll', { returnAll: true, filters: { ids: id, employeeIds: '4', updatedAtGteq: '2026-01-01T00:00:00Z' } }));
		expect(listed.requests[0].query).toMatchObject({ 'ids[]': [id], 'employee_ids[]': ['4'] });
		noUnknown(listed.requests[0]);
		const updated = await runOk(sb, op('customFieldValue', 'update', { customFieldValueId: id, value: 'XL' }));
		expect(updated.requests[0]).toMatchObject({ method: 'PUT', path: `${V}/custom_fields/values/${id}`, body: { id, value: 'XL' } });
		expect((await runOk(sb, op('customFieldValue', 'get', { customFieldValueId: id }))).items[0].json.value).toBe('XL');
	});
});

describe('Time Off Policy', () => {
	test('create, update, list, delete', async () => {
		const created = await runOk(sb, op('timeOffPolicy', 'create', { name: 'Spain 2027', additionalFields: { main: true, description: 'Default' } }));
		expect(created.requests[0].body).toEqual({ name: 'Spain 2027', main: true, description: 'Default' });
		noUnknown(created.requests[0]);
		const id = created.items[0].json.id;
		const updated = await runOk(sb, op('timeOffPolicy', 'update', { timeOffPolicyId: id, updateFields: { name: 'Spain 2027 (2)' } }));
		expect(updated.requests[0].body).toEqual({ id, name: 'Spain 2027 (2)' });
		const listed = await runOk(sb, op('timeOffPolicy', 'getAll', { returnAll: true, filters: { ids: id } }));
		expect(listed.items.map((i) => i.json.id)).toEqual([id]);
		await runOk(sb, op('timeOffPolicy', 'delete', { timeOffPolicyId: id }));
		expect((await runFailing(sb, op('timeOffPolicy', 'get', { timeOffPolicyId: id }))).error.httpCode).toBe('404');
	});
});

describe('Expense', () => {
	test('Get Many always sends the two flags Factorial requires; Get by id', async () => {
		const { items, requests } = await runOk(sb, op('expense', 'getAll', { includeAttachments: true, returnAll: true, filters: { employeeIds: '1', from: '2026-09-01', to: '2026-10-01' } }));
		expect(requests[0].query).toMatchObject({ include_manual_drafts: 'false', include_attachments: 'true', 'employee_ids[]': ['1'], from: '2026-09-01', to: '2026-10-01' });
		noUnknown(requests[0]);
		const one = await runOk(sb, op('expense', 'get', { expenseId: items[0].json.id }));
		expect(one.items[0].json.id).toBe(items[0].json.id);
	});
});
