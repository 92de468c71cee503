import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { PAGE_SIZE } from '../transport/paginate';
import { factorialRequest } from '../transport/request';
import type { QueryValue } from '../transport/request';

interface ListPage {
	data?: IDataObject[];
	meta?: { has_next_page?: boolean; end_cursor?: string };
}

/** One page of a Factorial list as picker entries; the cursor becomes n8n's pagination token. */
async function searchPage(
	context: ILoadOptionsFunctions,
	path: string,
	query: Record<string, QueryValue>,
	toItem: (record: IDataObject) => INodeListSearchItems,
	paginationToken?: string,
	keep: (item: INodeListSearchItems) => boolean = () => true,
): Promise<INodeListSearchResult> {
	const page = (await factorialRequest(context, {
		method: 'GET',
		path,
		query: { ...query, limit: PAGE_SIZE, ...(paginationToken ? { after_id: paginationToken } : {}) },
	})) as ListPage | undefined;
	const results = (page?.data ?? []).map(toItem).filter(keep);
	const next = page?.meta?.has_next_page ? page.meta.end_cursor : undefined;
	return { results, ...(next ? { paginationToken: next } : {}) };
}

// Lists without a server-side name filter are filtered page by page on the client.
const nameContains = (filter?: string) => (item: INodeListSearchItems) =>
	!filter || item.name.toLowerCase().includes(filter.toLowerCase());

export async function searchEmployees(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'employees/employees',
		{ full_text_name: filter?.trim() || undefined },
		(employee) => ({
			name: `${String(employee.full_name ?? `${String(employee.first_name ?? '')} ${String(employee.last_name ?? '')}`).trim()}${employee.login_email ? ` (${String(employee.login_email)})` : ''}`,
			value: String(employee.id),
		}),
		paginationToken,
	);
}

/** A picker for a list that has no name filter: matching is done on each page's names. */
function searchByName(path: string) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPage(
			this,
			path,
			{},
			(record) => ({ name: String(record.name ?? record.id), value: String(record.id) }),
			paginationToken,
			nameContains(filter),
		);
	};
}

export const searchTeams = searchByName('teams/teams');
export const searchLocations = searchByName('locations/locations');
export const searchLeaveTypes = searchByName('timeoff/leave_types');

/** The company of the credential, from Factorial's credentials endpoint. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const page = (await factorialRequest(this, {
		method: 'GET',
		path: 'api_public/credentials',
	})) as ListPage | undefined;
	const seen = new Set<string>();
	const results: INodeListSearchItems[] = [];
	for (const credential of page?.data ?? []) {
		const id = String(credential.company_id ?? '');
		if (!id || seen.has(id)) continue;
		seen.add(id);
		const label = credential.name ?? credential.legal_name;
		results.push({ name: label ? `${String(label)} (${id})` : `Company ${id}`, value: id });
	}
	return { results: results.filter(nameContains(filter)) };
}

/** Employees by name, with their access id: documents name authors and signees by access id. */
export async function searchAccesses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'employees/employees',
		{ full_text_name: filter?.trim() || undefined },
		(employee) => ({
			name: `${String(employee.full_name ?? `${String(employee.first_name ?? '')} ${String(employee.last_name ?? '')}`).trim()}${employee.login_email ? ` (${String(employee.login_email)})` : ''}`,
			value: String(employee.access_id ?? ''),
		}),
		paginationToken,
		(item) => item.value !== '',
	);
}

export const searchFolders = searchByName('documents/folders');
