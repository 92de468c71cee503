import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isEmail, isWebUrl, toDate, toDateTime, toTime, toTimeZone } from './formats';
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

/** Longest text a field takes unless its spec says otherwise; Factorial's own limits are unknown. */
export const MAX_TEXT_LENGTH = 10_000;
/** Longest free text where a long one is natural (a job description, a cover letter). */
export const LONG_TEXT_LENGTH = 100_000;
/** Longest JSON text (Custom API Call bodies, answers). */
export const MAX_JSON_LENGTH = 1_000_000;
/** Most entries in one list field. */
export const MAX_LIST_ENTRIES = 10_000;
const MAX_ID_LENGTH = 255;
const QUOTE_LENGTH = 40;

/** A bad value as an error message shows it: quoted, and cut short, as it may be huge. */
export function quote(value: unknown): string {
	let text: string;
	if (typeof value === 'string') text = value;
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	return JSON.stringify(text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text);
}

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'boolean') return 'true/false';
	return `a ${typeof value}`;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isDateLike(value: unknown): boolean {
	return (
		value instanceof Date ||
		(!!value && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function')
	);
}

/**
 * A value as text: strings trimmed, numbers as written (spreadsheets hand over postal codes and ids
 * as numbers), and the Luxon DateTime or Date objects expressions may hand over as ISO strings.
 * Anything else is not text, and undefined.
 */
function asText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	if (isDateLike(value)) {
		const iso = (value as { toISO: () => unknown }).toISO();
		return typeof iso === 'string' ? iso : undefined;
	}
	return undefined;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Converts one parameter value to what Factorial expects. Returns undefined for "not set"; throws a
 * NodeOperationError naming the field and the item for a value that cannot be right, so nothing is
 * sent. Expressions can hand over anything (wrong types, huge texts), so every kind checks its type
 * first, and messages quote only the start of a bad value.
 */
export function convertValue(
	context: IExecuteFunctions,
	field: FieldSpec,
	raw: unknown,
	itemIndex: number,
): unknown {
	const fail = (problem: string, hint?: string) => invalid(context, field, itemIndex, problem, hint);
	let value = raw;
	if (field.kind === 'locator' && value && typeof value === 'object' && 'value' in value) {
		value = (value as IDataObject).value;
	}
	if (field.kind === 'boolean') {
		if (typeof value === 'boolean') return value;
		if (isEmpty(value)) return false;
		const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
		if (text === 'true' || text === 'false') return text === 'true';
		throw fail(`must be true or false, not ${quote(value)}`);
	}
	if (isEmpty(value)) {
		if (field.required) throw fail('is required but empty');
		return undefined;
	}
	switch (field.kind) {
		case 'number':
			return checkedNumber(field, value, fail);
		case 'options':
			return checkedOption(field, value, fail);
		case 'list':
			return checkedList(field, value, fail);
		case 'json':
			return checkedJson(field, value, fail);
		default:
			break;
	}
	const text = asText(value);
	if (text === undefined) throw fail(`must be text, not ${typeName(value)}`);
	switch (field.kind) {
		case 'date': {
			const date = toDate(text);
			if (!date) throw fail(`is not a valid date: ${quote(text)}`, 'Use YYYY-MM-DD, for example 2026-10-01.');
			return date;
		}
		case 'dateTime': {
			const dateTime = toDateTime(text, context.getTimezone());
			if (!dateTime) {
				throw fail(`is not a valid date and time: ${quote(text)}`, 'Use ISO 8601, for example 2026-10-01T09:00:00 or 2026-10-01T09:00:00+02:00.');
			}
			return dateTime;
		}
		case 'time': {
			const time = toTime(text);
			if (!time) throw fail(`is not a valid time of day: ${quote(text)}`, 'Use HH:MM (24-hour clock), for example 09:00 or 17:30.');
			return time;
		}
		case 'timeZone': {
			const zone = toTimeZone(text);
			if (!zone) throw fail(`is not a known time zone: ${quote(text)}`, 'Use an IANA time zone name, for example Europe/Madrid or America/New_York.');
			return zone;
		}
		case 'email':
			if (!isEmail(text)) throw fail(`is not an email address: ${quote(text)}`, 'For example name@example.com.');
			return text;
		case 'url':
			if (!isWebUrl(text)) throw fail(`is not an http(s) URL: ${quote(text)}`, 'For example https://example.com/webhooks/factorial.');
			return text;
		case 'id':
		case 'locator':
			if (text.length > MAX_ID_LENGTH || !ID.test(text)) throw fail(`is not a valid ID: ${quote(text)}`);
			return text;
		default: {
			const max = field.maxLength ?? MAX_TEXT_LENGTH;
			if (text.length > max) {
				throw fail(`is too long: ${text.length.toLocaleString('en-US')} characters, at most ${max.toLocaleString('en-US')}`);
			}
			return text;
		}
	}
}

type Fail = (problem: string, hint?: string) => NodeOperationError;

function checkedNumber(field: FieldSpec, value: unknown, fail: Fail): number {
	let number: number;
	if (typeof value === 'number') number = value;
	else if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) number = Number(value.trim());
	else if (typeof value === 'string') throw fail(`is not a number: ${quote(value)}`);
	else throw fail(`must be a number, not ${typeName(value)}`);
	if (!Number.isFinite(number) || Math.abs(number) > Number.MAX_SAFE_INTEGER) {
		throw fail(`is not a usable number: ${quote(String(value))}`);
	}
	if (field.integer && !Number.isInteger(number)) throw fail(`must be a whole number, not ${number}`);
	if (field.min !== undefined && number < field.min) throw fail(`must be at least ${field.min}, not ${number}`);
	if (field.max !== undefined && number > field.max) throw fail(`must be at most ${field.max}, not ${number}`);
	return number;
}

function checkedOption(field: FieldSpec, value: unknown, fail: Fail): unknown {
	const options = field.options ?? [];
	const text = typeof value === 'string' ? value.trim() : value;
	const found = options.find((option) => option.value === text);
	if (found) return found.value;
	const listed = options.slice(0, 8).map((option) => String(option.value));
	const more = options.length > listed.length ? `, … (${options.length} in all)` : '';
	throw fail(
		`is not one of its options: ${quote(value)}`,
		options.length > 0 ? `Use one of: ${listed.join(', ')}${more}.` : undefined,
	);
}

function checkedList(field: FieldSpec, value: unknown, fail: Fail): string[] | undefined {
	const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	if (entries.length > MAX_LIST_ENTRIES) {
		throw fail(`has ${entries.length.toLocaleString('en-US')} entries, at most ${MAX_LIST_ENTRIES.toLocaleString('en-US')}`);
	}
	const max = field.maxLength ?? MAX_TEXT_LENGTH;
	const list: string[] = [];
	for (const entry of entries) {
		const text = asText(entry);
		if (text === undefined) throw fail(`has an entry that is not text: ${typeName(entry)}`);
		if (text.length > max) throw fail(`has an entry longer than ${max.toLocaleString('en-US')} characters`);
		if (text !== '' && field.each === 'id' && (text.length > MAX_ID_LENGTH || !ID.test(text))) {
			throw fail(`has an entry that is not a valid ID: ${quote(text)}`);
		}
		if (text !== '' && field.each === 'email' && !isEmail(text)) {
			throw fail(`has an entry that is not an email address: ${quote(text)}`);
		}
		if (text !== '') list.push(text);
	}
	if (list.length === 0 && field.required) throw fail('is required but empty');
	return list.length > 0 ? list : undefined;
}

function checkedJson(field: FieldSpec, value: unknown, fail: Fail): unknown {
	if (typeof value === 'object') return value;
	const text = String(value);
	const max = field.maxLength ?? MAX_JSON_LENGTH;
	if (text.length > max) {
		throw fail(`is too long: ${text.length.toLocaleString('en-US')} characters, at most ${max.toLocaleString('en-US')}`);
	}
	try {
		return JSON.parse(text);
	} catch {
		// JSON.parse's own message repeats the input; the quote below is cut short.
		throw fail(`is not valid JSON: ${quote(text)}`);
	}
}
