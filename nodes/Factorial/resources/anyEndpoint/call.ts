import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { MultipartForm } from '../../../shared/transport/multipart';
import type { FormField } from '../../../shared/transport/multipart';
import type { QueryValue } from '../../../shared/transport/request';
import { endpointFields, endpointKey, findEndpoint, mapperId, mapperName } from '../../catalog/catalog';
import type { CatalogEndpoint, CatalogField, Placement } from '../../catalog/catalog';
import { binaryFile } from '../../engine/binary';
import { refuseOAuth2 } from '../../engine/prepare';
import type { Lookups, OperationSpec, PreparedRequest, ValueFieldSpec } from '../../engine/types';
import { convertValue, invalid, quote } from '../../engine/values';
import { endpointFieldsProperty, endpointProperty, limitProperty, returnAllProperty, toolLimitProperty } from './fields';

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The engine's FieldSpec for a catalog value, so it is checked and reported like any other field. */
function specFor(place: Placement, field: CatalogField, kind: ValueFieldSpec['kind']): ValueFieldSpec {
	return {
		wire: field.n,
		displayName: mapperName(place, field),
		kind,
		required: field.r === 1,
		...(field.e ? { options: field.e.map((value) => ({ name: String(value), value: value as string })) } : {}),
	};
}

/** A list value: a real array, a JSON array, or text separated by commas. */
function entriesOf(context: IExecuteFunctions, spec: ValueFieldSpec, raw: unknown, itemIndex: number): unknown[] {
	if (Array.isArray(raw)) return raw;
	if (typeof raw === 'string' && raw.trim().startsWith('[')) {
		const parsed = convertValue(context, { ...spec, kind: 'json' }, raw, itemIndex);
		if (!Array.isArray(parsed)) throw invalid(context, spec, itemIndex, 'must be a list');
		return parsed;
	}
	if (typeof raw === 'string') return raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
	return [raw];
}

/** One value converted as the catalog types it; undefined when not set. Files are handled apart. */
function convert(context: IExecuteFunctions, place: Placement, field: CatalogField, raw: unknown, itemIndex: number): unknown {
	const base = specFor(place, field, 'string');
	if (isEmpty(raw)) {
		if (field.r) throw invalid(context, base, itemIndex, 'is required but empty');
		return undefined;
	}
	if (field.e) return convertValue(context, { ...base, kind: 'options' }, raw, itemIndex);
	switch (field.t) {
		case 'number':
			return convertValue(context, { ...base, kind: 'number' }, raw, itemIndex);
		case 'boolean':
			return convertValue(context, { ...base, kind: 'boolean' }, raw, itemIndex);
		case 'object': {
			const value = convertValue(context, { ...base, kind: 'json' }, raw, itemIndex);
			if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(context, base, itemIndex, 'must be a JSON object');
			return value;
		}
		case 'array': {
			const entries = entriesOf(context, base, raw, itemIndex);
			const each: CatalogField = { n: `${field.n}[]`, t: (field.i ?? 'string') as CatalogField['t'], ...(field.ie ? { e: field.ie } : {}) };
			const values = entries.map((entry) => convert(context, place, { ...each, r: 1 }, entry, itemIndex));
			if (values.length === 0 && field.r) throw invalid(context, base, itemIndex, 'is required but empty');
			return values;
		}
		case 'unknown':
			return typeof raw === 'string' && /^[[{]/.test(raw.trim()) ? convertValue(context, { ...base, kind: 'json' }, raw, itemIndex) : raw;
		default:
			// Ids go into the path: checked as ids there. Texts as texts; numbers from expressions as text.
			return convertValue(context, { ...base, kind: place === 'path' ? 'id' : 'string' }, raw, itemIndex);
	}
}

function mapperValues(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const mapper = context.getNodeParameter('endpointFields', itemIndex, {}) as { value?: IDataObject | null };
	return (mapper && typeof mapper === 'object' && mapper.value) || {};
}

async function readEndpoint(context: IExecuteFunctions, itemIndex: number): Promise<CatalogEndpoint> {
	const key = context.getNodeParameter('endpoint', itemIndex, '', { extractValue: true });
	const endpoint = typeof key === 'string' && key.trim() !== '' ? await findEndpoint(key) : undefined;
	if (!endpoint) {
		throw new NodeOperationError(context.getNode(), `"Endpoint" in item ${itemIndex} is not an endpoint of Factorial's catalog: ${quote(key)}`, {
			itemIndex,
			description: 'Pick one from the list, or enter a method and a path as the list shows them, e.g. GET attendance/worked_times.',
		});
	}
	return endpoint;
}

// Files of a multipart body, each part named as Factorial reads it (`attachments[]` once per file).
async function fileParts(context: IExecuteFunctions, place: Placement, field: CatalogField, raw: unknown, itemIndex: number): Promise<FormField[]> {
	const spec = specFor(place, field, 'binary');
	if (field.t === 'binary') return [{ name: field.n, value: await binaryFile(context, spec, raw, itemIndex) }];
	const names = isEmpty(raw) ? [] : entriesOf(context, spec, raw, itemIndex);
	if (names.length === 0 && field.r) throw invalid(context, spec, itemIndex, 'is required but empty', 'Enter the names of the binary properties that hold the files, separated by commas.');
	const parts: FormField[] = [];
	for (const name of names) parts.push({ name: field.n, value: await binaryFile(context, spec, name, itemIndex) });
	return parts;
}

// Rails reads `name[]` once per entry, and a list of objects as `name[][key]`.
function formParts(name: string, value: unknown): FormField[] {
	if (value === undefined || value === null) return [];
	const listName = name.endsWith('[]') ? name : `${name}[]`;
	if (Array.isArray(value)) {
		return value.flatMap((entry) =>
			entry && typeof entry === 'object'
				? Object.entries(entry as IDataObject).flatMap(([key, inner]) => (inner === undefined || inner === null ? [] : [{ name: `${listName}[${key}]`, value: typeof inner === 'object' ? JSON.stringify(inner) : String(inner) }]))
				: [{ name: listName, value: String(entry) }],
		);
	}
	return [{ name, value: typeof value === 'object' ? JSON.stringify(value) : String(value) }];
}

async function prepare(context: IExecuteFunctions, itemIndex: number, lookups: Lookups): Promise<PreparedRequest> {
	const endpoint = await readEndpoint(context, itemIndex);
	const key = endpointKey(endpoint);
	if (endpoint.k) refuseOAuth2(context, itemIndex, key);
	const given = mapperValues(context, itemIndex);
	const known = new Set(endpointFields(endpoint).map(({ place, field }) => mapperId(place, field)));
	for (const [id, value] of Object.entries(given)) {
		if (!known.has(id) && !isEmpty(value)) {
			throw new NodeOperationError(context.getNode(), `"Parameters" in item ${itemIndex} has ${quote(id)}, which ${key} does not take`, {
				itemIndex,
				description: 'It was probably set for another endpoint. Remove it, or refresh the parameter list.',
			});
		}
	}

	let path = endpoint.p;
	const query: Record<string, QueryValue> = {};
	const body: IDataObject = {};
	const form: FormField[] = [];
	for (const { place, field } of endpointFields(endpoint)) {
		const raw = given[mapperId(place, field)];
		if (endpoint.mp && place === 'body' && (field.t === 'binary' || field.i === 'binary')) {
			form.push(...(await fileParts(context, place, field, raw, itemIndex)));
			continue;
		}
		// Factorial needs the company on some writes; like the curated operations, it is looked up when left empty.
		const value = place === 'body' && field.n === 'company_id' && isEmpty(raw) ? await lookups.companyId() : convert(context, place, field, raw, itemIndex);
		if (value === undefined) continue;
		if (place === 'path') path = path.replace(`{${field.n}}`, encodeURIComponent(String(value)));
		else if (place === 'query' && field.t === 'object') {
			// An object filter goes as Rails reads nested parameters: name[key]=value.
			for (const [inner, innerValue] of Object.entries(value as IDataObject)) {
				if (!['string', 'number', 'boolean'].includes(typeof innerValue)) {
					throw invalid(context, specFor(place, field, 'json'), itemIndex, `has a value for ${quote(inner)} that is not text, a number or true/false`);
				}
				query[`${field.n}[${inner}]`] = innerValue as string | number | boolean;
			}
		} else if (place === 'query') {
			// `name[]` goes as an array: the transport writes Rails' name[]=… once per entry.
			const name = field.n.replace(/\[\]$/, '');
			query[name] = field.n.endsWith('[]') || Array.isArray(value) ? (Array.isArray(value) ? value : [value]).map(String) : (value as QueryValue);
		} else if (endpoint.mp) form.push(...formParts(field.n, value));
		else body[field.n] = value as IDataObject[string];
	}
	const missing = /\{(\w+)\}/.exec(path);
	if (missing) throw invalid(context, { displayName: `${missing[1]} (Path)` }, itemIndex, 'is required to build the request path');

	const hasBody = endpoint.m === 'POST' || endpoint.m === 'PUT';
	const request = {
		method: endpoint.m,
		path,
		...(Object.keys(query).length > 0 ? { query } : {}),
		...(hasBody && !endpoint.mp ? { body } : {}),
		...(hasBody && endpoint.mp ? { form: new MultipartForm(form) } : {}),
	};
	if (!endpoint.l) return { request };
	const returnAll = convertValue(context, { wire: 'returnAll', displayName: 'Return All', kind: 'boolean' }, context.getNodeParameter('returnAll', itemIndex, false), itemIndex) as boolean;
	const limit = returnAll
		? 0
		: (convertValue(context, { wire: 'limit', displayName: 'Limit', kind: 'number', integer: true, min: 1, required: true }, context.getNodeParameter('limit', itemIndex, 50), itemIndex) as number);
	return { request, page: { returnAll, limit } };
}

export const call: OperationSpec = {
	name: 'call',
	displayName: 'Call an Endpoint',
	action: 'Call any Factorial endpoint with typed parameters',
	description: 'Pick any of Factorial\'s endpoints; its parameters and body fields are listed with their types and checked before sending',
	settings: [endpointProperty, endpointFieldsProperty, returnAllProperty, limitProperty, toolLimitProperty],
	prepare,
};
