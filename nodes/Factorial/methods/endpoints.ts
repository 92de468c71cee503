import type {
	ILoadOptionsFunctions,
	INodeListSearchResult,
	ResourceMapperField,
	ResourceMapperFields,
	FieldType,
} from 'n8n-workflow';

import { endpointFields, endpointKey, findEndpoint, loadCatalog, mapperId, mapperName } from '../catalog/catalog';
import type { CatalogEndpoint, CatalogField, Placement } from '../catalog/catalog';

const PAGE = 100;

/** What the picker shows: area, summary, method and path, and what the endpoint asks of the credential. */
function label(endpoint: CatalogEndpoint, areas: Record<string, string>): string {
	const flags = [endpoint.mp ? 'file upload' : '', endpoint.k ? 'API key only' : ''].filter(Boolean);
	return `${areas[endpoint.a] ?? endpoint.a}: ${endpoint.s}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

/** Every catalogued endpoint, by area and summary; every word typed must appear (name, method or path). */
export async function searchEndpoints(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { endpoints, areas } = await loadCatalog();
	const words = (filter ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const matching = endpoints
		.map((endpoint) => ({ endpoint, name: label(endpoint, areas), key: endpointKey(endpoint) }))
		.filter(({ name, key }) => words.every((word) => `${name} ${key}`.toLowerCase().includes(word)))
		.sort((x, y) => x.name.localeCompare(y.name));
	const start = Number(paginationToken ?? 0) || 0;
	const page = matching.slice(start, start + PAGE);
	return {
		results: page.map(({ name, key }) => ({ name, value: key, description: key })),
		...(start + PAGE < matching.length ? { paginationToken: String(start + PAGE) } : {}),
	};
}

function mapperType(field: CatalogField): FieldType {
	if (field.e) return 'options';
	if (field.t === 'number' || field.t === 'boolean' || field.t === 'array' || field.t === 'object') return field.t;
	return 'string';
}

// Labels stay short (the mapper shows them as field names); files say what to enter instead.
function fieldLabel(place: Placement, field: CatalogField): string {
	const name = mapperName(place, field);
	if (field.t === 'binary') return `${name} (Binary Property Name)`;
	if (field.t === 'array' && field.i === 'binary') return `${name} (Binary Property Names, Comma-Separated)`;
	return name;
}

/** The picked endpoint's path parameters, query parameters and body fields, typed, for n8n's resource mapper. */
export async function endpointFieldsMapping(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const key = this.getCurrentNodeParameter('endpoint', { extractValue: true });
	const endpoint = typeof key === 'string' ? await findEndpoint(key) : undefined;
	if (!endpoint) return { fields: [], emptyFieldsNotice: 'Pick an endpoint first' };
	const fields: ResourceMapperField[] = endpointFields(endpoint).map(({ place, field }) => ({
		id: mapperId(place, field),
		displayName: fieldLabel(place, field),
		required: field.r === 1,
		defaultMatch: false,
		display: true,
		type: mapperType(field),
		...(field.e ? { options: field.e.map((value) => ({ name: String(value), value: value as string })) } : {}),
	}));
	return fields.length ? { fields } : { fields, emptyFieldsNotice: `${endpointKey(endpoint)} takes no parameters` };
}
