import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * One parameter or body field of the compact catalog (endpoints.json, written by
 * scripts/catalog.js from Factorial's SDK): n name, t type, r required, d description, e choices,
 * i type of a list's entries, ie their choices. Short keys: the file holds about 2,000 of them.
 */
export interface CatalogField {
	n: string;
	t: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'binary' | 'unknown';
	r?: 1;
	d?: string;
	e?: Array<string | number | boolean>;
	i?: string;
	ie?: Array<string | number | boolean>;
}

/**
 * One endpoint: a area (namespace), m method, p path below /resources/ (`{id}` where an id goes),
 * s summary, l a paginated list, pp path parameters, q query parameters, b body fields,
 * mp a multipart body (files), k accepts only an API key.
 */
export interface CatalogEndpoint {
	a: string;
	m: IHttpRequestMethods;
	p: string;
	s: string;
	l?: 1;
	pp?: CatalogField[];
	q?: CatalogField[];
	b?: CatalogField[];
	mp?: 1;
	k?: 1;
}

export interface Catalog {
	version: string;
	areas: Record<string, string>;
	endpoints: CatalogEndpoint[];
}

let loaded: Promise<Catalog> | undefined;

/**
 * The catalog, read the first time an Any Endpoint operation or its editor lists need it: it is
 * ten times the size of the node's description, and n8n sends the description to every browser.
 */
export async function loadCatalog(): Promise<Catalog> {
	loaded ??= import('./endpoints.json').then((module) => (module.default ?? module) as unknown as Catalog);
	return await loaded;
}

/** How an endpoint is named in the picker's value and in messages: `GET attendance/worked_times`. */
export const endpointKey = (endpoint: CatalogEndpoint): string => `${endpoint.m} ${endpoint.p}`;

export async function findEndpoint(key: string): Promise<CatalogEndpoint | undefined> {
	const wanted = key.trim().replace(/\s+/, ' ');
	return (await loadCatalog()).endpoints.find((endpoint) => endpointKey(endpoint) === wanted);
}

export type Placement = 'path' | 'query' | 'body';

/** Every value an endpoint takes, with where it goes. */
export function endpointFields(endpoint: CatalogEndpoint): Array<{ place: Placement; field: CatalogField }> {
	return [
		...(endpoint.pp ?? []).map((field) => ({ place: 'path' as const, field })),
		...(endpoint.q ?? []).map((field) => ({ place: 'query' as const, field })),
		...(endpoint.b ?? []).map((field) => ({ place: 'body' as const, field })),
	];
}

/**
 * The resource mapper's key for a value: place and name, `[]` left out (`query_employee_ids`), as
 * n8n reads dots and brackets in these keys as paths. Unique per endpoint (checked by a test).
 */
export const mapperId = (place: Placement, field: CatalogField): string => `${place}_${field.n.replace(/\[\]$/, '')}`;

/** The name shown in the editor and in error messages: Factorial's own, and where it goes. */
export const mapperName = (place: Placement, field: CatalogField): string =>
	place === 'body' ? field.n : `${field.n} (${place === 'path' ? 'Path' : 'Query'})`;
