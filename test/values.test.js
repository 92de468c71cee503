'use strict';
// Value conversion (nodes/Factorial/engine/values.ts) on its own: each kind of field, what it makes
// of good values and how it refuses bad ones. A stub stands in for n8n's context (the node and the
// workflow's time zone are all convertValue asks of it): no n8n run, no sandbox.
const { convertValue, quote } = require('../dist/nodes/Factorial/engine/values');

const context = (timeZone = 'Europe/Madrid') => ({
	getNode: () => ({ id: 'n1', name: 'Factorial', type: 'n8n-nodes-factorial.factorial', typeVersion: 1, position: [0, 0], parameters: {} }),
	getTimezone: () => timeZone,
});

const field = (kind, extra = {}) => ({ wire: 'x', displayName: 'The Field', kind, ...extra });
const convert = (spec, raw, timeZone) => convertValue(context(timeZone), spec, raw, 3);
const refusal = (spec, raw, timeZone) => {
	try {
		convert(spec, raw, timeZone);
	} catch (error) {
		return { message: error.message, description: error.description, itemIndex: error.context?.itemIndex };
	}
	throw new Error(`${JSON.stringify(raw)} was accepted`);
};

describe('good values', () => {
	test.each([
		['string', {}, '  Ada  ', 'Ada'],
		['string', {}, 28001, '28001'],
		['number', {}, '42', 42],
		['number', {}, ' -1.5e2 ', -150],
		['number', { integer: true, min: 0, max: 10 }, 10, 10],
		['boolean', {}, 'TRUE', true],
		['boolean', {}, '', false],
		['boolean', {}, undefined, false],
		['date', {}, '2028-02-29', '2028-02-29'],
		['date', {}, '2026-10-01T09:00:00+02:00', '2026-10-01'],
		['dateTime', {}, '2026-10-01T09:00', '2026-10-01T09:00:00+02:00'],
		['dateTime', {}, '2026-12-01 09:00', '2026-12-01T09:00:00+01:00'],
		['time', {}, '9:05', '09:05'],
		['timeZone', {}, 'america/new_york', 'America/New_York'],
		['email', {}, ' a@example.com ', 'a@example.com'],
		['url', {}, 'https://example.com/x', 'https://example.com/x'],
		['options', { options: [{ name: 'A', value: 'a' }, { name: 'B', value: 'b' }] }, ' b ', 'b'],
		['options', { options: [{ name: 'One', value: 1 }] }, 1, 1],
		['list', {}, 'a, b,,c ', ['a', 'b', 'c']],
		['list', { each: 'id' }, [12, '15'], ['12', '15']],
		['list', {}, ' , ', undefined],
		['json', {}, '{"a":[1]}', { a: [1] }],
		['json', {}, { already: 'parsed' }, { already: 'parsed' }],
		['id', {}, ' 1042 ', '1042'],
		['id', {}, '3f2a-9c_x.1', '3f2a-9c_x.1'],
		['locator', { locator: 'employee' }, { __rl: true, mode: 'list', value: '1042' }, '1042'],
		['locator', { locator: 'employee' }, '77', '77'],
		['string', {}, '   ', undefined],
		['number', {}, null, undefined],
	])('%s %j: %j → %j', (kind, extra, raw, expected) => {
		expect(convert(field(kind, extra), raw)).toEqual(expected);
	});

	test('dates and times handed over as objects by expressions (Luxon, Date)', () => {
		// What matters of a Luxon DateTime (n8n's $now, DateTime.fromISO…) is its toISO().
		const luxon = { toISO: () => '2026-10-01T09:00:00.000+02:00' };
		expect(convert(field('dateTime'), luxon)).toBe('2026-10-01T09:00:00.000+02:00');
		expect(convert(field('date'), luxon)).toBe('2026-10-01');
		expect(convert(field('dateTime'), new Date(Date.UTC(2026, 9, 1, 7)))).toBe('2026-10-01T07:00:00.000Z');
	});

	test('a date-time without an offset takes the workflow\'s time zone, its summer and winter time', () => {
		expect(convert(field('dateTime'), '2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
		expect(convert(field('dateTime'), '2026-01-01T09:00', 'America/New_York')).toBe('2026-01-01T09:00:00-05:00');
		expect(convert(field('dateTime'), '2026-10-25T02:30', 'Europe/Madrid')).toBe('2026-10-25T02:30:00+02:00');
	});
});

describe('bad values are refused before anything is sent, naming the field and the item', () => {
	test.each([
		['string', { required: true }, ' ', 'is required but empty'],
		['string', { maxLength: 5 }, 'abcdef', 'is too long: 6 characters, at most 5'],
		['string', {}, { a: 1 }, 'must be text, not an object'],
		['number', {}, 'twelve', 'is not a number: "twelve"'],
		['number', {}, true, 'must be a number, not true/false'],
		['number', {}, '1e400', 'is not a usable number: "1e400"'],
		['number', { integer: true }, 1.5, 'must be a whole number, not 1.5'],
		['number', { min: 1 }, 0, 'must be at least 1, not 0'],
		['number', { max: 90 }, 91, 'must be at most 90, not 91'],
		['boolean', {}, 'yes', 'must be true or false, not "yes"'],
		['date', {}, '2026-02-30', 'is not a valid date: "2026-02-30"'],
		['dateTime', {}, 'tomorrow', 'is not a valid date and time: "tomorrow"'],
		['time', {}, '24:00', 'is not a valid time of day: "24:00"'],
		['timeZone', {}, 'Mars/Base', 'is not a known time zone: "Mars/Base"'],
		['email', {}, 'nobody', 'is not an email address: "nobody"'],
		['url', {}, 'file:///etc/passwd', 'is not an http(s) URL: "file:///etc/passwd"'],
		['options', { options: [{ name: 'A', value: 'a' }] }, 'z', 'is not one of its options: "z"'],
		['list', { each: 'id' }, ['1', '../2'], 'has an entry that is not a valid ID: "../2"'],
		['list', { each: 'email' }, 'a@b, c', 'has an entry that is not an email address: "c"'],
		['list', { required: true }, ',', 'is required but empty'],
		['list', {}, [{}], 'has an entry that is not text: an object'],
		['json', {}, '{nope', 'is not valid JSON: "{nope"'],
		['id', {}, '12/../13', 'is not a valid ID: "12/../13"'],
		['id', {}, '.hidden', 'is not a valid ID: ".hidden"'],
		['locator', { locator: 'team' }, { __rl: true, mode: 'id', value: 'a b' }, 'is not a valid ID: "a b"'],
	])('%s %j: %j', (kind, extra, raw, problem) => {
		const { message, itemIndex } = refusal(field(kind, extra), raw);
		expect(message).toBe(`"The Field" in item 3 ${problem}`);
		expect(itemIndex).toBe(3);
	});

	test('the refusal says what to write instead', () => {
		expect(refusal(field('date'), '01/10/2026').description).toBe('Use YYYY-MM-DD, for example 2026-10-01.');
		expect(refusal(field('options', { options: 'abcdefghij'.split('').map((v) => ({ name: v, value: v })) }), 'z').description).toBe(
			'Use one of: a, b, c, d, e, f, g, h, … (10 in all).',
		);
	});

	test('a huge bad value is quoted only by its start', () => {
		const { message } = refusal(field('email'), 'x'.repeat(100_000));
		expect(message).toBe(`"The Field" in item 3 is not an email address: "${'x'.repeat(40)}…"`);
		expect(quote({ a: 1 })).toBe('"{\\"a\\":1}"');
	});
});
