import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import type { FactorialContext, FactorialRequest, TransportOptions } from './request';
import { factorialRequest } from './request';

export const PAGE_SIZE = 100; // Factorial's default and maximum page size

/**
 * A list read never goes past this many pages (1,000,000 records at 100 a page): far more than any
 * company holds, yet a bound against a server that keeps handing out new cursors.
 */
export const MAX_PAGES = 10_000;

interface Page {
	data?: IDataObject[];
	meta?: { has_next_page?: boolean; end_cursor?: string | number | null };
	errors?: unknown;
}

export interface PageWindow {
	returnAll: boolean;
	limit: number;
}

/**
 * Factorial's list pages one at a time, following the cursor (`after_id` = previous
 * `meta.end_cursor`) until the last page; a caller that stops early sends no further request.
 * A server that would make this loop forever (a cursor handed out twice, an empty page that claims
 * more, endless pages) ends it with an error rather than with a silently cut list.
 */
export async function* pages(
	context: FactorialContext,
	request: FactorialRequest,
	options?: TransportOptions,
	pageSize: () => number = () => PAGE_SIZE,
): AsyncGenerator<IDataObject[]> {
	const seen = new Set<string>();
	const what = `${request.method} ${request.path}`;
	const fail = (message: string, description: string) =>
		new NodeOperationError(context.getNode(), message, { itemIndex: options?.itemIndex, description });
	let cursor: string | undefined;
	let records = 0;
	for (let read = 0; ; read++) {
		if (read >= MAX_PAGES) {
			throw fail(
				`Stopped reading ${what} after ${MAX_PAGES.toLocaleString('en-US')} pages (${records.toLocaleString('en-US')} records): the node reads at most ${MAX_PAGES.toLocaleString('en-US')} pages of one list`,
				'Narrow the list with filters, or turn off Return All and set a Limit.',
			);
		}
		const page = (await factorialRequest(
			context,
			{
				...request,
				query: { ...request.query, limit: pageSize(), ...(cursor ? { after_id: cursor } : {}) },
			},
			options,
		)) as Page | undefined;
		// Factorial sometimes answers an empty list as {"errors": null} instead of {"data": []}.
		const data = Array.isArray(page?.data) ? page.data : [];
		records += data.length;
		yield data;
		if (!page?.meta?.has_next_page) return;
		const raw = page.meta.end_cursor as unknown;
		const next = typeof raw === 'number' ? String(raw) : raw;
		if (data.length === 0) {
			throw fail(
				`Factorial answered page ${read + 1} of ${what} with no records but said more pages follow; stopped reading`,
				'Following such a list could go on forever. Try again later, or narrow the list with filters.',
			);
		}
		if (typeof next !== 'string' || next === '') {
			throw fail(
				`Factorial said page ${read + 1} of ${what} has a next page but gave no cursor for it; stopped reading`,
				'Try again later, or narrow the list with filters.',
			);
		}
		if (seen.has(next)) {
			throw fail(
				`Factorial handed out the same page cursor twice while listing ${what} (page ${read + 1}); stopped reading`,
				'Following it would read the same pages again and again. Try again later, or narrow the list with filters.',
			);
		}
		seen.add(next);
		cursor = next;
	}
}

/** Every record of a list, or the first `limit`; only the records returned are kept in memory. */
export async function paginate(
	context: FactorialContext,
	request: FactorialRequest,
	window: PageWindow,
	options?: TransportOptions,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const wanted = window.returnAll ? Infinity : Math.max(0, window.limit);
	if (wanted === 0) return records;
	// The last page asks only for what is still wanted.
	const pageSize = () => Math.min(PAGE_SIZE, wanted - records.length);
	for await (const data of pages(context, request, options, pageSize)) {
		for (const record of data) {
			if (records.length >= wanted) break;
			records.push(record);
		}
		if (records.length >= wanted) break;
	}
	return records;
}
