import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { paginate } from '../../shared/transport/paginate';
import { factorialRequest } from '../../shared/transport/request';
import { forEachLimited } from './concurrency';
import { executionLookups } from '../../shared/lookups';
import { readRunOptions } from './options';
import { prepareRequest } from './prepare';
import { sendWrite } from './writeCheck';
import type { AfterFailure } from './writeCheck';
import { isToolMode, toolErrorItem } from './tool';
import type { OperationSpec, PreparedRequest, ResourceSpec } from './types';

function findOperation(context: IExecuteFunctions, resources: ResourceSpec[]): OperationSpec {
	const resource = context.getNodeParameter('resource', 0) as string;
	const operation = context.getNodeParameter('operation', 0) as string;
	const found = resources.find((r) => r.name === resource)?.operations.find((o) => o.name === operation);
	if (!found) {
		throw new NodeOperationError(context.getNode(), `The operation "${operation}" of resource "${resource}" is not known`);
	}
	return found;
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One input item's response as output items, each paired to that input item. */
function toItems(response: unknown, itemIndex: number, prepared: PreparedRequest): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	let value = response;
	if (isRecord(value) && Object.keys(value).length === 1 && 'data' in value) value = value.data;
	if (Array.isArray(value)) {
		return value.map((entry) => ({ json: isRecord(entry) ? entry : { value: entry }, pairedItem }));
	}
	if (value === undefined || value === null || value === '') {
		const { method, path } = prepared.request;
		const json: IDataObject =
			method === 'DELETE'
				? { deleted: true, id: decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) }
				: { success: true };
		return [{ json, pairedItem }];
	}
	return [{ json: isRecord(value) ? value : { value: value as IDataObject[string] }, pairedItem }];
}

// `mayHaveBeenApplied` tells a workflow which failed writes to check in Factorial before retrying;
// only the transport can know, and an error from anywhere else was raised before anything was sent.
function errorItem(error: unknown, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error instanceof Error ? error.message : String(error) };
	json.mayHaveBeenApplied = false;
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.description) json.description = error.description;
		if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
		json.mayHaveBeenApplied = error.context.mayHaveBeenApplied === true;
	}
	return { json, pairedItem: { item: itemIndex } };
}

function withItemIndex(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/**
 * Runs the chosen operation for every input item. All requests are prepared first, so a bad value
 * in any item stops the node before anything is sent; then up to `concurrency` items are in flight,
 * and the output keeps the input order.
 */
export async function route(this: IExecuteFunctions, resources: ResourceSpec[]): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operation = findOperation(this, resources);
	const { transport, concurrency } = readRunOptions(this);
	// A tool never throws: its caller is a model, which gets the error as its answer.
	const toolMode = isToolMode(this);
	const continueOnFail = toolMode || this.continueOnFail();
	const failed = (error: unknown, i: number) =>
		toolMode ? toolErrorItem(this, operation, error, i) : errorItem(error, i);
	const results: INodeExecutionData[][] = new Array(items.length);
	const prepared: PreparedRequest[] = new Array(items.length);
	const toSend: number[] = [];
	const lookups = executionLookups(this, transport);

	for (let i = 0; i < items.length; i++) {
		try {
			prepared[i] = operation.prepare
				? await operation.prepare(this, i, lookups)
				: await prepareRequest(this, operation, i, lookups);
			toSend.push(i);
		} catch (error) {
			if (!continueOnFail) throw withItemIndex(this, error, i);
			results[i] = [failed(error, i)];
		}
	}

	await forEachLimited(toSend, concurrency, async (i) => {
		const { request, page } = prepared[i];
		const options = { ...transport, itemIndex: i };
		try {
			let response: unknown;
			let afterFailure: AfterFailure | undefined;
			if (page) response = await paginate(this, request, page, options);
			else if (request.method === 'GET') response = await factorialRequest(this, request, options);
			else ({ response, afterFailure } = await sendWrite(this, operation, request, options));
			results[i] = operation.output
				? await operation.output(this, i, response, options)
				: toItems(response, i, prepared[i]);
			if (afterFailure) for (const item of results[i]) Object.assign(item.json, afterFailure);
		} catch (error) {
			if (!continueOnFail) throw withItemIndex(this, error, i);
			results[i] = [failed(error, i)];
		}
	});

	return [results.flat()];
}
