import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { ID_PATTERN } from './locators';
import type { FieldSpec } from './types';

const ID = new RegExp(ID_PATTERN);

/** A bad value, reported with the field's display name and the item, before anything is sent. */
export function invalid(
	context: IExecuteFunctions,
	field: { displayName: string },
	itemIndex: number,
	problem: string,
	hint?: string,
): NodeOperationError {
	return new NodeOperationError(
		context.getNode(),
		`"${field.displayName}" in item ${itemIndex} ${problem}`,
		{ itemIndex, description: hint },
	);
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Expressions may hand over Luxon DateTime or Date objects; both turn into ISO strings. */
function asText(value: unknown): string {
	if (value instanceof Date) return value.toISOString();
	if (value && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return String((value as { toISO: () => string }).toISO());
	}
	return String(value).trim();
}

function toDate(text: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	const real =
		check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
	return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** Offset of `timeZone` at `utcMs`, e.g. "+01:00", from the platform's time zone data. */
function offsetOf(timeZone: string, utcMs: number): string {
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
	const minutes = Math.round((asUtc - utcMs) / 60_000);
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * n8n's date picker yields local times without an offset; Factorial needs an unambiguous instant,
 * so the workflow's time zone supplies the offset.
 */
function toDateTime(text: string, timeZone: string): string | undefined {
	const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
	if (!match || !toDate(match[1])) return undefined;
	const time = match[2].length === 5 ? `${match[2]}:00` : match[2];
	if (match[3]) return Number.isNaN(Date.parse(`${match[1]}T${time}${match[3]}`)) ? undefined : `${match[1]}T${time}${match[3]}`;
	const naiveUtc = Date.parse(`${match[1]}T${time}Z`);
	if (Number.isNaN(naiveUtc)) return undefined;
	// Two passes settle the offset across a daylight-saving change.
	let offset = offsetOf(timeZone, naiveUtc);
	offset = offsetOf(timeZone, Date.parse(`${match[1]}T${time}${offset}`));
	return `${match[1]}T${time}${offset}`;
}

function toList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value).split(',');
	return entries.map((entry) => asText(entry)).filter((entry) => entry !== '');
}

/**
 * Converts one parameter value to what Factorial expects. Returns undefined for "not set"; throws a
 * NodeOperationError naming the field and the item for a value that cannot be right.
 */
export function convertValue(
	context: IExecuteFunctions,
	field: FieldSpec,
	raw: unknown,
	itemIndex: number,
): unknown {
	let value = raw;
	if (field.kind === 'locator' && value && typeof value === 'object' && 'value' in value) {
		value = (value as IDataObject).value;
	}
	if (field.kind !== 'boolean' && field.kind !== 'number' && isEmpty(value)) {
		if (field.required) throw invalid(context, field, itemIndex, 'is required but empty');
		return undefined;
	}
	switch (field.kind) {
		case 'boolean':
			return typeof value === 'string' ? value === 'true' : Boolean(value);
		case 'number': {
			const number = typeof value === 'number' ? value : Number(asText(value));
			if (isEmpty(value) || !Number.isFinite(number)) {
				throw invalid(context, field, itemIndex, `is not a number: "${String(value)}"`);
			}
			return number;
		}
		case 'date': {
			const date = toDate(asText(value));
			if (!date) {
				throw invalid(context, field, itemIndex, `is not a valid date: "${asText(value)}"`, 'Use YYYY-MM-DD, for example 2026-10-01.');
			}
			return date;
		}
		case 'dateTime': {
			const dateTime = toDateTime(asText(value), context.getTimezone());
			if (!dateTime) {
				throw invalid(context, field, itemIndex, `is not a valid date and time: "${asText(value)}"`, 'Use ISO 8601, for example 2026-10-01T09:00:00 or 2026-10-01T09:00:00+02:00.');
			}
			return dateTime;
		}
		case 'list': {
			const list = toList(value);
			if (list.length === 0 && field.required) throw invalid(context, field, itemIndex, 'is required but empty');
			return list.length > 0 ? list : undefined;
		}
		case 'json': {
			if (typeof value === 'object') return value;
			try {
				return JSON.parse(String(value));
			} catch (error) {
				throw invalid(context, field, itemIndex, `is not valid JSON: ${(error as Error).message}`);
			}
		}
		case 'id':
		case 'locator': {
			const id = asText(value);
			if (!ID.test(id)) throw invalid(context, field, itemIndex, `is not a valid ID: "${id}"`);
			return id;
		}
		default:
			return typeof value === 'string' ? value.trim() : value;
	}
}
