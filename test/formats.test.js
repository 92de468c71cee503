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
