// The text formats Factorial takes, each as a pure function: the normalised text, or undefined
// (or false) when the text is not in that format.

const MAX_EMAIL_LENGTH = 254;
const MAX_URL_LENGTH = 2048;

/** YYYY-MM-DD of a day that exists, from a date or the start of a date-time. */
export function toDate(text: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	const real =
		check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
	return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Offset of `timeZone` at `utcMs` in minutes east of UTC, from the platform's time zone data. */
function offsetMinutes(timeZone: string, utcMs: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - utcMs) / 60_000);
}

function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const DAY_MS = 86_400_000;

/**
 * The offset that makes a wall-clock time of `timeZone` an instant, read as calendars do (RFC 5545,
 * java.time, Temporal's "compatible"): a time that happens twice when clocks go back is the first
 * one; a time skipped when clocks go forward is read with the offset before the change, so it lands
 * as far after the change as it was after the skipped hour's start (02:30+01:00 in Madrid is 03:30
 * summer time). The same rule on either side of Greenwich. Offsets change at most once in two days.
 */
function offsetForWallClock(timeZone: string, wallAsUtc: number): number {
	const before = offsetMinutes(timeZone, wallAsUtc - DAY_MS);
	const after = offsetMinutes(timeZone, wallAsUtc + DAY_MS);
	const fits = (offset: number) => offsetMinutes(timeZone, wallAsUtc - offset * 60_000) === offset;
	// The larger offset is the earlier instant of the same wall-clock time.
	const candidates = [...new Set([before, after])].filter(fits).sort((x, y) => y - x);
	return candidates[0] ?? before;
}

/**
 * n8n's date picker yields local times without an offset; Factorial needs an unambiguous instant,
 * so the workflow's time zone supplies the offset.
 */
export function toDateTime(text: string, timeZone: string): string | undefined {
	const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
	if (!match || !toDate(match[1])) return undefined;
	const time = match[2].length === 5 ? `${match[2]}:00` : match[2];
	if (match[3]) return Number.isNaN(Date.parse(`${match[1]}T${time}${match[3]}`)) ? undefined : `${match[1]}T${time}${match[3]}`;
	const wallAsUtc = Date.parse(`${match[1]}T${time}Z`);
	if (Number.isNaN(wallAsUtc)) return undefined;
	return `${match[1]}T${time}${formatOffset(offsetForWallClock(timeZone, wallAsUtc))}`;
}

/** HH:MM or HH:MM:SS on a 24-hour clock; 9:05 becomes 09:05. */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export function toTime(text: string): string | undefined {
	const match = TIME.exec(text);
	if (!match) return undefined;
	const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 0 : Number(match[3])];
	if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
	const hhmm = `${String(hours).padStart(2, '0')}:${match[2]}`;
	return match[3] === undefined ? hhmm : `${hhmm}:${match[3]}`;
}

/** The IANA name as the platform spells it (europe/madrid → Europe/Madrid), or undefined. */
export function toTimeZone(text: string): string | undefined {
	if (text.length > 64 || !/^[A-Za-z][A-Za-z0-9_+/-]*$/.test(text)) return undefined;
	try {
		return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}

/** Text with an @ and something on either side. */
export function isEmail(text: string): boolean {
	return text.length <= MAX_EMAIL_LENGTH && /^[^\s@]+@[^\s@]+$/.test(text);
}

/** An absolute http(s) URL with a host. */
export function isWebUrl(text: string): boolean {
	if (text.length > MAX_URL_LENGTH) return false;
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}
