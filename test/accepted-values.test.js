'use strict';
// The other side of the bad-input table: values a user or an expression may reasonably hand over
// still go through, normalised to what Factorial expects, and a bad value never echoes more than a
// short prefix of itself.
const { runOk, runFailing, useSandbox, rl, sandboxState } = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

test('time of day, time zone, numbers as text and true/false as text are normalised', async () => {
	const [employee] = (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null).slice(30);
	const shift = await runOk(sb, {
		parameters: {
			resource: 'shift',
			operation: 'create',
			date: '2026-10-08',
			additionalFields: { employeeId: rl(employee.id), clockIn: '={{ "9:05" }}', clockOut: '17:30', workable: '={{ "true" }}' },
		},
	});
	expect(shift.requests[0].body).toMatchObject({ clock_in: '09:05', clock_out: '17:30', workable: true });

	const location = await runOk(sb, {
		parameters: {
			resource: 'location',
			operation: 'create',
			name: 'Normalised',
			country: 'ES',
			timezone: '={{ "europe/madrid" }}',
			companyId: rl('9001'),
			additionalFields: { latitude: '={{ "41.39" }}', longitude: -2.17, postalCode: '={{ 8001 }}' },
		},
	});
	expect(location.requests[0].body).toMatchObject({ timezone: 'Europe/Madrid', latitude: 41.39, longitude: -2.17, postal_code: '8001' });
});

test('a huge bad value is quoted by its first 40 characters only', async () => {
	const huge = `${'9'.repeat(100_000)}`;
	const { error, requests } = await runFailing(sb, {
		parameters: { resource: 'employee', operation: 'get', employeeId: rl('={{ $json.id }}') },
		items: [{ json: { id: `${huge}/x` } }],
	});
	expect(requests).toHaveLength(0);
	expect(error.message).toBe(`"Employee" in item 0 is not a valid ID: "${'9'.repeat(40)}…"`);
});

test('Limit 0, -5 or "abc" from an expression is an error, not an empty result', async () => {
	for (const limit of [0, -5, 'abc']) {
		const { error, requests } = await runFailing(sb, {
			parameters: { resource: 'employee', operation: 'getAll', returnAll: false, limit: '={{ $json.limit }}' },
			items: [{ json: { limit } }],
		});
		expect(requests).toHaveLength(0);
		expect(error.message).toMatch(/^"Limit" in item 0 (must be at least 1|is not a number)/);
	}
});
