import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import type { QueryValue } from '../../../shared/transport/request';
import type { FieldSpec, FreeformOperationSpec, PreparedRequest } from '../../engine/types';
import { convertValue, invalid, quote } from '../../engine/values';
import { resourcePath } from './path';

const method: FieldSpec = {
	wire: 'method',
	displayName: 'Method',
	kind: 'options',
	default: 'GET',
	options: [
		{ name: 'DELETE', value: 'DELETE' },
		{ name: 'GET', value: 'GET' },
		{ name: 'POST', value: 'POST' },
		{ name: 'PUT', value: 'PUT' },
	],
};

const path: FieldSpec = {
	wire: 'path',
	displayName: 'Path',
	kind: 'string',
	required: true,
	// Long enough for any endpoint; it is repeated in error messages, so not a page of text.
	maxLength: 2048,
	placeholder: 'e.g. timeoff/leaves',
	description: 'Everything after /api/{version}/resources/, for example timeoff/leaves or timeoff/leaves/approve',
	hint: 'Find every endpoint in Factorial\'s API reference; authentication, rate limits and errors are handled as for the other operations',
};

const query: FieldSpec = {
	wire: 'query',
	displayName: 'Query Parameters (JSON)',
	kind: 'json',
	default: '{}',
	description: 'For example {"employee_ids": ["12", "15"], "from": "2026-01-01"}; arrays are sent as name[]=…',
};

const body: FieldSpec = {
	wire: 'body',
	displayName: 'Body (JSON)',
	kind: 'json',
	default: '{}',
	showWhen: { method: ['POST', 'PUT'] },
};

const returnAll: FieldSpec = {
	wire: 'returnAll',
	name: 'returnAll',
	displayName: 'Return All Pages',
	kind: 'boolean',
	description: 'Whether to follow the cursor pagination of a list endpoint and output each record as an item',
	showWhen: { method: ['GET'] },
};

function isQueryValue(value: unknown): value is QueryValue {
	return (
		['string', 'number', 'boolean'].includes(typeof value) ||
		(Array.isArray(value) && value.every((entry) => ['string', 'number'].includes(typeof entry)))
	);
}

function prepare(context: IExecuteFunctions, itemIndex: number): PreparedRequest {
	const read = (field: FieldSpec) =>
		convertValue(context, field, context.getNodeParameter(field.name ?? field.wire, itemIndex, field.default), itemIndex);
	const chosenMethod = read(method) as IHttpRequestMethods;
	const rawPath = read(path) as string;
	const safePath = resourcePath(rawPath);
	if (!safePath) {
		throw invalid(context, path, itemIndex, `must be a path below /api/{version}/resources/, not ${quote(rawPath)}`, 'For example employees/employees or timeoff/leaves/approve. Hosts, "..", percent-encoding, query strings and fragments are refused.');
	}
	const parsedQuery = (read(query) ?? {}) as IDataObject;
	if (typeof parsedQuery !== 'object' || Array.isArray(parsedQuery)) {
		throw invalid(context, query, itemIndex, 'must be a JSON object');
	}
	const queryValues: Record<string, QueryValue> = {};
	for (const [key, value] of Object.entries(parsedQuery)) {
		if (!isQueryValue(value)) {
			throw invalid(context, query, itemIndex, `has a value for ${quote(key)} that is not a string, number, boolean or array of them`);
		}
		queryValues[key] = Array.isArray(value) ? value.map(String) : value;
	}
	const withBody = chosenMethod === 'POST' || chosenMethod === 'PUT';
	const parsedBody = withBody ? (read(body) as IDataObject | undefined) : undefined;
	if (withBody && (typeof parsedBody !== 'object' || parsedBody === null)) {
		throw invalid(context, body, itemIndex, 'must be a JSON object or array');
	}
	const request = {
		method: chosenMethod,
		path: safePath,
		query: queryValues,
		...(withBody ? { body: parsedBody } : {}),
	};
	const all = chosenMethod === 'GET' && (read(returnAll) as boolean);
	return all ? { request, page: { returnAll: true, limit: 0 } } : { request };
}

export const call: FreeformOperationSpec = {
	name: 'call',
	displayName: 'Make an API Call',
	action: 'Make an API call to any Factorial endpoint',
	description: 'Call any Factorial endpoint through the same authentication, rate limiting and error handling',
	tool: { returns: 'Returns Factorial\'s answer as is', caution: 'can call any endpoint, including ones that change or delete data' },
	fields: [method, path, query, body, returnAll],
	prepare,
};
