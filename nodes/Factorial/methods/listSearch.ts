import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { PAGE_SIZE } from '../../shared/transport/paginate';
import { factorialRequest } from '../../shared/transport/request';
import type { QueryValue } from '../../shared/transport/request';

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

/** Employees by name; `idField` is the id the picker returns (employee id, or access id for documents). */
function searchEmployeesBy(idField: 'id' | 'access_id') {
	return async function (
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
				value: String(employee[idField] ?? ''),
			}),
			paginationToken,
			(item) => item.value !== '',
		);
	};
}

export const searchEmployees = searchEmployeesBy('id');

/** A picker for a list that has no name filter: entries labelled by `label`, matched on each page. */
function searchLabelled(path: string, label: (record: IDataObject) => string) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPage(
			this,
			path,
			{},
			(record) => ({ name: label(record), value: String(record.id) }),
			paginationToken,
			nameContains(filter),
		);
	};
}

const searchByName = (path: string) => searchLabelled(path, (record) => String(record.name ?? record.id));

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


const STATUS_LABELS: Record<string, string> = {
	archived: 'Archived',
	cancelled: 'Cancelled',
	deleted: 'Deleted',
	draft: 'Draft',
	published: 'Published',
	unlisted: 'Unlisted',
};

export const searchJobPostings = searchLabelled('ats/job_postings', (posting) => {
	const title = String(posting.title ?? posting.id);
	const status = STATUS_LABELS[String(posting.status)] ?? posting.status;
	return status ? `${title} (${String(status)})` : title;
});

export const searchCandidates = searchLabelled('ats/candidates', (candidate) => {
	const name =
		String(candidate.full_name ?? `${String(candidate.first_name ?? '')} ${String(candidate.last_name ?? '')}`).trim() ||
		String(candidate.id);
	return candidate.email ? `${name} (${String(candidate.email)})` : name;
});

/**
 * Application phases belong to one job posting each, and several postings have phases of the same
 * name, so each entry names its posting too: one more request per page, for the page's postings.
 */
export async function searchApplicationPhases(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = (await factorialRequest(this, {
		method: 'GET',
		path: 'ats/application_phases',
		query: { limit: PAGE_SIZE, ...(paginationToken ? { after_id: paginationToken } : {}) },
	})) as ListPage | undefined;
	const phases = page?.data ?? [];
	const postingIds = [...new Set(phases.map((phase) => String(phase.ats_job_posting_id ?? '')).filter(Boolean))];
	const titles = new Map<string, string>();
	if (postingIds.length > 0) {
		const postings = (await factorialRequest(this, {
			method: 'GET',
			path: 'ats/job_postings',
			query: { ids: postingIds, limit: PAGE_SIZE },
		})) as ListPage | undefined;
		for (const posting of postings?.data ?? []) titles.set(String(posting.id), String(posting.title ?? posting.id));
	}
	const results = phases
		.map((phase) => {
			const postingId = String(phase.ats_job_posting_id ?? '');
			const posting = titles.get(postingId) ?? `Job Posting ${postingId}`;
			return { name: `${posting}: ${String(phase.name ?? phase.id)}`, value: String(phase.id) };
		})
		.filter(nameContains(filter));
	const next = page?.meta?.has_next_page ? page.meta.end_cursor : undefined;
	return { results, ...(next ? { paginationToken: next } : {}) };
}

/** Projects by name or code, filtered by Factorial; labelled with the code when there is one. */
export async function searchProjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'project_management/projects',
		// Factorial requires the minutes flag on every project list; the picker needs no totals.
		{ include_inputed_minutes: false, name_or_code: filter?.trim() || undefined },
		(project) => ({
			name: `${String(project.name ?? project.id)}${project.code ? ` (${String(project.code)})` : ''}`,
			value: String(project.id),
		}),
		paginationToken,
	);
}

/**
 * Contract versions have no name: each shows its job title, employee and effective date, and the
 * search matches any of them.
 */
export const searchContractVersions = searchLabelled(
	'contracts/contract_versions',
	(version) =>
		`${String(version.job_title || 'Contract')}, employee ${String(version.employee_id)}, from ${String(version.effective_on)}`,
);

// Documents name their author and signees by access id, not employee id.
export const searchAccesses = searchEmployeesBy('access_id');

export const searchFolders = searchByName('documents/folders');
