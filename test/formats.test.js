'use strict';
// The text formats of nodes/Factorial/engine/formats.ts, as pure functions (no n8n, no server).
const { toDate, toDateTime, toTime, toTimeZone, isEmail, isWebUrl } = require('../dist/nodes/Factorial/engine/formats');

test('times of day: HH:MM or HH:MM:SS on a 24-hour clock', () => {
	expect(['09:00', '9:05', '23:59', '00:00', '17:30:15'].map(toTime)).toEqual(['09:00', '09:05', '23:59', '00:00', '17:30:15']);
	for (const bad of ['25:99', '24:00', '12:60', "nine o'clock", '9', '09:00 am', '12:00:60', '']) expect(toTime(bad)).toBeUndefined();
});

test('time zones: IANA names that exist, spelled as the platform spells them', () => {
	expect(toTimeZone('Europe/Madrid')).toBe('Europe/Madrid');
	expect(toTimeZone('europe/madrid')).toBe('Europe/Madrid');
	expect(toTimeZone('UTC')).toBe('UTC');
	for (const bad of ['Mars/Olympus_Mons', '../../etc/passwd', '+01:00', 'Europe/Madrid ', '', 'x'.repeat(65)]) expect(toTimeZone(bad)).toBeUndefined();
});

test('emails and URLs', () => {
	expect(['a@b', 'first.last@example.com'].map(isEmail)).toEqual([true, true]);
	expect(['a.example.com', '@example.com', 'a@', 'a b@example.com', `${'a'.repeat(250)}@b.co`].map(isEmail)).toEqual([false, false, false, false, false]);
	expect(['https://example.com/hook', 'http://127.0.0.1:5678/webhook/x'].map(isWebUrl)).toEqual([true, true]);
	expect(['ftp://example.com', 'javascript:alert(1)', 'example.com', 'https://', `https://e.com/${'a'.repeat(2048)}`].map(isWebUrl)).toEqual([false, false, false, false, false]);
});

test('dates and date-times must exist', () => {
	expect(toDate('2028-02-29')).toBe('2028-02-29');
	expect(toDate('2026-02-30')).toBeUndefined();
	expect(toDateTime('2026-10-01T09:00', 'Europe/Madrid')).toBe('2026-10-01T09:00:00+02:00');
	expect(toDateTime('2026-10-01T25:00:00', 'Europe/Madrid')).toBeUndefined();
});

// A wall-clock time without an offset, in the workflow's time zone, across daylight-saving changes:
// read as calendars read it (RFC 5545, java.time, Temporal "compatible"), the same on either side of
// Greenwich. Twice-happening times are the first; skipped times land after the change by as much as
// they were after its start. The expected instants are written out in UTC.
describe('date-times across daylight-saving changes', () => {
	const instant = (text, zone) => {
		const value = toDateTime(text, zone);
		return value && new Date(value).toISOString();
	};

	test.each([
		// zone, local time, what happens then, the instant it means
		['Europe/Madrid', '2026-03-29T01:59', 'just before clocks go forward (CET)', '2026-03-29T00:59:00.000Z'],
		['Europe/Madrid', '2026-03-29T02:30', 'skipped: 03:30 CEST', '2026-03-29T01:30:00.000Z'],
		['Europe/Madrid', '2026-03-29T03:00', 'just after (CEST)', '2026-03-29T01:00:00.000Z'],
		['Europe/Madrid', '2026-10-25T01:59', 'before clocks go back (CEST)', '2026-10-24T23:59:00.000Z'],
		['Europe/Madrid', '2026-10-25T02:30', 'twice: the first, CEST', '2026-10-25T00:30:00.000Z'],
		['Europe/Madrid', '2026-10-25T03:00', 'after (CET)', '2026-10-25T02:00:00.000Z'],
		['America/New_York', '2026-03-08T02:30', 'skipped: 03:30 EDT', '2026-03-08T07:30:00.000Z'],
		['America/New_York', '2026-11-01T01:30', 'twice: the first, EDT', '2026-11-01T05:30:00.000Z'],
		['Australia/Sydney', '2026-10-04T02:30', 'skipped: 03:30 AEDT', '2026-10-03T16:30:00.000Z'],
		['Australia/Sydney', '2026-04-05T02:30', 'twice: the first, AEDT', '2026-04-04T15:30:00.000Z'],
		['Australia/Lord_Howe', '2026-10-04T02:15', 'skipped (a 30-minute change): 02:45', '2026-10-03T15:45:00.000Z'],
		['Australia/Lord_Howe', '2026-04-05T01:45', 'twice (30 minutes): the first, +11:00', '2026-04-04T14:45:00.000Z'],
		['Asia/Kathmandu', '2026-07-01T09:00', 'no change, a 45-minute offset', '2026-07-01T03:15:00.000Z'],
		['UTC', '2026-03-29T02:30', 'no change', '2026-03-29T02:30:00.000Z'],
	])('%s %s (%s)', (zone, local, _what, utc) => {
		expect(instant(local, zone)).toBe(utc);
		// The local time is sent as written, with the offset that makes it that instant.
		expect(toDateTime(local, zone).startsWith(`${local}:00`)).toBe(true);
	});

	test('the offsets written out', () => {
		expect(toDateTime('2026-10-25T02:30', 'Europe/Madrid')).toBe('2026-10-25T02:30:00+02:00');
		expect(toDateTime('2026-03-29T02:30', 'Europe/Madrid')).toBe('2026-03-29T02:30:00+01:00');
		expect(toDateTime('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T02:30:00-05:00');
		expect(toDateTime('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
		expect(toDateTime('2026-07-01 09:00:30.5', 'Asia/Kolkata')).toBe('2026-07-01T09:00:30.5+05:30');
	});

	test('a time with its own offset keeps it, whatever the zone', () => {
		expect(toDateTime('2026-03-29T02:30:00+01:00', 'America/New_York')).toBe('2026-03-29T02:30:00+01:00');
		expect(toDateTime('2026-10-25T02:30:00Z', 'Europe/Madrid')).toBe('2026-10-25T02:30:00Z');
	});
});
