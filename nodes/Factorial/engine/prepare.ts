import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { MultipartForm, toFormFields } from '../../shared/transport/multipart';
import type { FileSource } from '../../shared/transport/multipart';
import type { QueryValue } from '../../shared/transport/request';
import { binaryFile } from './binary';
import { parameterName } from './naming';
import type { EndpointOperationSpec, FieldSpec, Lookups, Placement, PreparedRequest } from './types';
import { convertValue, invalid } from './values';

// Return All and Limit, which every list operation adds, are checked like any field.
const RETURN_ALL: FieldSpec = { wire: 'returnAll', displayName: 'Return All', kind: 'boolean' };
const LIMIT: FieldSpec = { wire: 'limit', displayName: 'Limit', kind: 'number', integer: true, min: 1, required: true };

function placementOf(field: FieldSpec, operation: EndpointOperationSpec): Placement {
	if (field.in) return field.in;
	return operation.method === 'GET' || operation.method === 'DELETE' ? 'query' : 'body';
}

/** Whether the field's extra display conditions hold for this item, as the editor shows it. */
function isShown(context: IExecuteFunctions, field: FieldSpec, itemIndex: number): boolean {
	for (const [parameter, allowed] of Object.entries(field.showWhen ?? {})) {
		const value = context.getNodeParameter(parameter, itemIndex, null) as string | boolean | null;
		if (value === null || !allowed.includes(value)) return false;
	}
	return true;
}

/**
 * The generic parameters → request mapping that every alike operation shares: reads each field,
 * converts and validates it, and puts it in the path, the query or the JSON body.
 */
/**
 * Factorial's SDK opens some endpoints to API keys only: with an OAuth2 credential the item stops
 * here, saying why, rather than at Factorial with a bare 401 or 403.
 */
export function refuseOAuth2(context: IExecuteFunctions, itemIndex: number, what: string): void {
	if (context.getNodeParameter('authentication', itemIndex, 'apiKey') === 'apiKey') return;
	throw new NodeOperationError(context.getNode(), `${what} accepts only an API key, and this node signs in with OAuth2`, {
		itemIndex,
		description: 'Factorial\'s SDK lists only x-api-key for this endpoint. Set Authentication to API Key and pick a Factorial API key credential.',
	});
}

export async function prepareRequest(
	context: IExecuteFunctions,
	operation: EndpointOperationSpec,
	itemIndex: number,
	lookups: Lookups,
): Promise<PreparedRequest> {
	if (operation.apiKeyOnly) refuseOAuth2(context, itemIndex, operation.displayName);
	const query: Record<string, QueryValue> = {};
	const body: IDataObject = {};
	const files: Record<string, FileSource> = {};
	let path = operation.path;

	const place = async (field: FieldSpec, raw: unknown) => {
		if (field.kind === 'binary') {
			files[field.wire] = await binaryFile(context, field, raw, itemIndex);
			return;
		}
		let value = convertValue(context, field, raw, itemIndex);
		if (value === undefined && field.autofill === 'companyId') value = await lookups.companyId();
		if (value === undefined && field.autofill === 'now') value = new Date().toISOString();
		if (value === undefined && field.autofill === 'emptyList') value = [];
		if (value === undefined) return;
		const where = placementOf(field, operation);
		if (where === 'path' || where === 'pathAndBody') {
			path = path.replace(`{${field.wire}}`, encodeURIComponent(String(value)));
		}
		if (where === 'body' || where === 'pathAndBody') body[field.wire] = value as IDataObject[string];
		if (where === 'query') query[field.wire] = value as QueryValue;
	};

	for (const field of operation.fields ?? []) {
		// A field hidden by showWhen is not read: n8n cannot resolve a hidden parameter's options
		// ("Could not find property"), and a value left over from before the user changed the
		// controlling choice must not reach Factorial. Only its autofill is sent, if it has one.
		if (!isShown(context, field, itemIndex)) {
			if (field.autofill) await place(field, null);
			continue;
		}
		// Pickers are read whole: convertValue takes the id from them, whatever their mode.
		await place(field, context.getNodeParameter(parameterName(field), itemIndex, null));
	}
	if (operation.optional) {
		const chosen = context.getNodeParameter(operation.optional.name, itemIndex, {}) as IDataObject;
		for (const field of operation.optional.fields) {
			const name = parameterName(field);
			if (name in chosen) await place(field, chosen[name]);
		}
	}

	const missing = /\{(\w+)\}/.exec(path);
	if (missing) {
		throw invalid(context, { displayName: missing[1] }, itemIndex, 'is required to build the request path');
	}
	const hasBody = operation.method === 'POST' || operation.method === 'PUT';
	const multipart = operation.bodyEncoding === 'multipart';
	const request = {
		method: operation.method,
		path,
		...(Object.keys(query).length > 0 ? { query } : {}),
		...(hasBody && !multipart ? { body } : {}),
		...(hasBody && multipart ? { form: new MultipartForm(toFormFields(body, files)) } : {}),
	};
	if (!operation.list) return { request };
	const returnAll = convertValue(context, RETURN_ALL, context.getNodeParameter('returnAll', itemIndex, false), itemIndex) as boolean;
	const limit = returnAll
		? 0
		: (convertValue(context, LIMIT, context.getNodeParameter('limit', itemIndex, 50), itemIndex) as number);
	return { request, page: { returnAll, limit } };
}
