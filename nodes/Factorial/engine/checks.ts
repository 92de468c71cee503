import type { IDataObject } from 'n8n-workflow';

import type { CheckRead, SentWrite, WriteCheck } from './types';

// The building blocks of operations' `check`s (engine/writeCheck.ts runs them). Every read uses
// only paths and filters of Factorial's catalog (test/sandbox/facts/list-filters-*.json).

type Value = IDataObject[string];

/** Ids come back as strings or numbers depending on the endpoint; empty and null are the same. */
export function same(a: Value | undefined, b: Value | undefined): boolean {
	const blank = (v: Value | undefined) => v === undefined || v === null || v === '';
	if (blank(a) || blank(b)) return blank(a) && blank(b);
	if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
	return String(a) === String(b);
}

/** A sent value as text for a path or a filter; undefined when it was not sent. */
export function text(sent: SentWrite, wire: string): string | undefined {
	const value = sent.values[wire];
	return value === undefined || value === null || value === '' ? undefined : String(value);
}

/** Folded for comparing e-mail addresses and names as Factorial does (case-insensitive). */
export const fold = (value: Value | undefined): string => String(value ?? '').trim().toLowerCase();

/** A list, filtered by what was sent, holds a record that the write would have made. */
export function listHolds(
	shows: string,
	read: (sent: SentWrite) => CheckRead | undefined,
	applied: (record: IDataObject, sent: SentWrite) => boolean,
): WriteCheck {
	return {
		shows,
		read: (sent) => {
			const where = read(sent);
			return where && { ...where, list: true };
		},
		applied,
	};
}

/** One record, named by a sent id, shows the state the write sets. */
export function recordShows(
	shows: string,
	path: (id: string) => string,
	idWire: string,
	applied: (record: IDataObject, sent: SentWrite) => boolean,
): WriteCheck {
	return {
		shows,
		read: (sent) => {
			const id = text(sent, idWire);
			return id === undefined ? undefined : { path: path(encodeURIComponent(id)) };
		},
		applied,
	};
}

/**
 * A delete of `…/{id}`: the record is gone (404) or marked deleted. A record still there, not
 * marked, proves the delete was not applied.
 */
export const gone: WriteCheck = {
	shows: 'the record is gone, or marked deleted',
	read: (sent) => ({ path: sent.path }),
	applied: (record) => record.deleted_at !== undefined && record.deleted_at !== null,
	goneMeansApplied: true,
};

/** `YYYY-MM-DD` and `HH:MM` of an ISO 8601 time as written (Factorial reads the clock's `now` so). */
export function dateAndTime(value: Value | undefined): { date: string; time: string } | undefined {
	const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(String(value ?? ''));
	return match ? { date: match[1], time: match[2] } : undefined;
}

/** The day before a `YYYY-MM-DD` date (a shift closed now may have started the day before). */
export function dayBefore(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
