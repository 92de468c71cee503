import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { describeFailure } from '../../shared/transport/failure';
import { paginate } from '../../shared/transport/paginate';
import { factorialRequest } from '../../shared/transport/request';
import type { FactorialRequest, TransportOptions } from '../../shared/transport/request';
import type { OperationSpec, SentWrite, WriteCheck } from './types';

// Factorial has no idempotency keys, so a write that got no clear answer (a 5xx, a dropped
// connection after sending) is never resent blindly. Where the operation says how (its `check`),
// the node reads Factorial to find out: applied → the item gets the record Factorial holds;
// proven not applied → the write is sent once more (and checked again if that is unanswered too).

/**
 * What the item says when the first attempt got no clear answer (README → "Writes that got no clear
 * answer"): a read found it applied (`confirmedAfterFailure`), or proved it was not and the node sent
 * it once more (`resentAfterFailure`); both when that second attempt was itself confirmed by a read.
 */
export interface AfterFailure {
	confirmedAfterFailure?: true;
	resentAfterFailure?: true;
}

export interface WriteResult {
	response: unknown;
	afterFailure?: AfterFailure;
}

/** The transport marks an error whose write reached Factorial and got no clear answer. */
export function mayHaveBeenApplied(error: unknown): error is NodeApiError | NodeOperationError {
	return (
		(error instanceof NodeApiError || error instanceof NodeOperationError) &&
		error.context.mayHaveBeenApplied === true
	);
}

/** Errors pass through as they are; anything else becomes a NodeOperationError of the item. */
function nodeError(context: IExecuteFunctions, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values a request sent: its JSON body, or its form's text parts and its files' names. */
export function sentWrite(request: FactorialRequest): SentWrite {
	const values: IDataObject = { ...(request.body ?? {}) };
	for (const field of request.form?.fields ?? []) {
		values[field.name] = typeof field.value === 'string' ? field.value : field.value.fileName;
	}
	return { path: request.path, values };
}

type Outcome = { applied: true; record: unknown } | { applied: false };

async function readOnce(
	context: IExecuteFunctions,
	check: WriteCheck,
	sent: SentWrite,
	options: TransportOptions,
): Promise<Outcome> {
	const read = check.read(sent);
	if (!read) {
		throw new NodeOperationError(context.getNode(), 'what was sent does not say where Factorial would show it', { itemIndex: options.itemIndex });
	}
	const request: FactorialRequest = { method: 'GET', path: read.path, ...(read.query ? { query: read.query } : {}) };
	let records: unknown[];
	if (read.list) {
		records = await paginate(context, request, { returnAll: true, limit: 0 }, options);
	} else {
		try {
			const answer = await factorialRequest(context, request, options);
			records = [isRecord(answer) && isRecord(answer.data) ? answer.data : answer];
		} catch (error) {
			if (check.goneMeansApplied && describeFailure(error).status === 404) return { applied: true, record: undefined };
			throw nodeError(context, error, options.itemIndex);
		}
	}
	const found = records.filter((record) => isRecord(record) && check.applied(record, sent));
	if (check.count) return found.length >= check.count(sent) ? { applied: true, record: found } : { applied: false };
	return found.length === 0 ? { applied: false } : { applied: true, record: found[0] };
}

function withNote<E extends Error>(error: E, note: string): E {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.description = error.description ? `${error.description} ${note}` : note;
	}
	return error;
}

/**
 * Sends a write; after an attempt that got no clear answer, runs the operation's check. The check's
 * own failure leaves the item as it was (an error that may have been applied).
 */
export async function sendWrite(
	context: IExecuteFunctions,
	operation: OperationSpec,
	request: FactorialRequest,
	options: TransportOptions,
): Promise<WriteResult> {
	try {
		return { response: await factorialRequest(context, request, options) };
	} catch (first) {
		const check = operation.check;
		if (!check || !mayHaveBeenApplied(first)) throw nodeError(context, first, options.itemIndex);
		const sent = sentWrite(request);
		let unanswered = first;
		let resent = false;
		for (;;) {
			let outcome: Outcome;
			try {
				outcome = await readOnce(context, check, sent, options);
			} catch (checkError) {
				const why = checkError instanceof Error ? checkError.message : String(checkError);
				throw withNote(unanswered, `The node then read Factorial to tell whether it was applied, but could not tell (${why}).`);
			}
			if (outcome.applied) {
				return { response: outcome.record, afterFailure: { confirmedAfterFailure: true, ...(resent ? { resentAfterFailure: true } : {}) } };
			}
			if (resent) {
				// What the transport said ("may have been applied") no longer holds: two reads showed it was not.
				unanswered.context.mayHaveBeenApplied = false;
				unanswered.description =
					'It was sent twice and got no clear answer either time, and each time a read of Factorial showed it was not applied. Nothing was created or changed; retrying the item is safe.';
				throw unanswered;
			}
			resent = true;
			try {
				return { response: await factorialRequest(context, request, options), afterFailure: { resentAfterFailure: true } };
			} catch (again) {
				if (!mayHaveBeenApplied(again)) throw nodeError(context, again, options.itemIndex);
				unanswered = again;
			}
		}
	}
}
