import type { IDataObject } from 'n8n-workflow';

import type { FactorialContext, FactorialRequest, TransportOptions } from './request';
import { factorialRequest } from './request';

export const PAGE_SIZE = 100; // Factorial's default and maximum page size

interface Page {
	data?: IDataObject[];
	meta?: { has_next_page?: boolean; end_cursor?: string | null };
	errors?: unknown;
}

export interface PageWindow {
	returnAll: boolean;
	limit: number;
}

/**
 * Factorial's list pages one at a time, following the cursor (`after_id` = previous
 * `meta.end_cursor`) until the last page; a caller that stops early sends no further request.
 */
export async function* pages(
	context: FactorialContext,
	request: FactorialRequest,
	options?: TransportOptions,
	pageSize: () => number = () => PAGE_SIZE,
): AsyncGenerator<IDataObject[]> {
	let cursor: string | undefined;
	for (;;) {
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
		yield data;
		const next = page?.meta?.has_next_page ? (page.meta.end_cursor ?? undefined) : undefined;
		if (!next || next === cursor || data.length === 0) return;
		cursor = next;
	}
}

/**
 * Every record of a list, or the first `limit`; only the records returned are kept in memory.
 */
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
