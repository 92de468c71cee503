import { NodeApiError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import type { HttpFailure } from './failure';
import { isNotSent, isRedirect, isTimeout } from './failure';

interface FactorialError {
	code?: string;
	message?: string;
	field?: string | null;
}

// Factorial answers {"errors":[{code,message,field}]}, sometimes {"errors": null}, and proxies in
// front of it answer HTML or plain text. All three must end in a message a user can act on.
function parseErrors(body: unknown): { errors?: FactorialError[]; raw?: string } {
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			return { raw: body };
		}
	}
	if (parsed && typeof parsed === 'object' && 'errors' in parsed) {
		const errors = (parsed as { errors: unknown }).errors;
		return { errors: Array.isArray(errors) ? (errors as FactorialError[]) : [] };
	}
	if (parsed && typeof parsed === 'object') {
		const { error, error_description: description, message } = parsed as Record<string, unknown>;
		const text = [error, description, message].filter((v) => typeof v === 'string').join(': ');
		return text ? { errors: [{ message: text }] } : { raw: JSON.stringify(parsed) };
	}
	return { raw: parsed === undefined ? undefined : String(parsed) };
}

function describeOne(error: FactorialError): string {
	const text = error.message ?? error.code ?? 'unknown error';
	return error.field ? `${error.field}: ${text}` : text;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Factorial could not read the request.',
	401: 'Factorial did not accept the credential. Check the API key, or reconnect the OAuth2 credential, and that the environment (production, demo or custom host) matches where the credential was created.',
	403: 'The credential is valid but lacks the permission or OAuth scope for this request.',
	404: 'Factorial has no such record, or the credential cannot see it.',
	409: 'The record changed in the meantime; read it again and retry.',
	422: 'Factorial rejected a value.',
	429: "Factorial's rate limit was hit.",
};

function truncate(text: string, max = 300): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export interface RequestLabel {
	method: string;
	path: string;
	/** The request's timeout, for the message when it ran out. */
	timeoutMs?: number;
	/** Where the request went (scheme, host, port), to resolve a relative redirect target. */
	origin?: string;
}

/** Host (and port) a redirect points to; only the host, as the rest may carry a token. */
function redirectTarget(failure: HttpFailure, origin: string | undefined): string {
	const location = failure.headers.location;
	if (!location) return 'no address (no Location header)';
	try {
		const target = new URL(location, origin);
		return target.origin === origin ? `the same host (${target.host})` : target.host || 'an address without a host';
	} catch {
		return 'an address that is not a URL';
	}
}

function connectionFailure(failure: HttpFailure, request: RequestLabel): { message: string; description: string } {
	const what = `${request.method} ${request.path}`;
	const code = failure.code ? ` (${failure.code})` : '';
	if (isNotSent(failure)) {
		return {
			message: `Could not reach Factorial for ${what}${code}`,
			description: 'The connection could not be made, so nothing was sent. Check the environment or base URL of the credential, and that n8n can reach that host.',
		};
	}
	if (isTimeout(failure)) {
		const after = request.timeoutMs ? ` after ${Math.round(request.timeoutMs / 100) / 10} s` : '';
		return {
			message: `The request to Factorial timed out${after}: ${what} got no answer in time${code}`,
			description: 'Factorial (or the network in between) did not answer within the timeout. Raise Timeout in the node options if Factorial is just slow.',
		};
	}
	return {
		message: `The connection to Factorial dropped during ${what}${code}`,
		description: 'The connection was closed before Factorial answered, by the network, a proxy or Factorial.',
	};
}

/** Builds the error a user sees for a failed Factorial request; never includes request headers. */
export function factorialApiError(
	node: INode,
	failure: HttpFailure,
	request: RequestLabel,
	itemIndex?: number,
	extra?: string,
): NodeApiError {
	const what = `${request.method} ${request.path}`;
	const { errors, raw } = parseErrors(failure.body);
	let message: string;
	let description: string | undefined;

	if (failure.status === undefined) {
		({ message, description } = connectionFailure(failure, request));
	} else if (isRedirect(failure)) {
		message = `Factorial answered ${what} with a redirect (${failure.status}) to ${redirectTarget(failure, request.origin)}, which the node does not follow`;
		description = "Factorial's API does not redirect, so nothing was sent to the other address and the credential never leaves Factorial's host. Check the environment or base URL of the credential, or a proxy in between.";
	} else if (errors && errors.length > 0) {
		const first = errors[0];
		message = `Factorial rejected ${what} (${failure.status}): ${describeOne(first)}`;
		description = [
			STATUS_HINTS[failure.status],
			errors.length > 1 ? `All errors: ${errors.map(describeOne).join('; ')}` : undefined,
		]
			.filter(Boolean)
			.join(' ');
	} else if (raw) {
		message = `Factorial answered ${what} with ${failure.status} and a non-JSON body`;
		description = `${STATUS_HINTS[failure.status] ?? ''} Body: ${truncate(raw)}`.trim();
	} else {
		message = `Factorial answered ${what} with ${failure.status} and no error details`;
		description = STATUS_HINTS[failure.status];
	}
	if (extra) description = description ? `${description} ${extra}` : extra;

	const httpCode = failure.status === undefined ? undefined : String(failure.status);
	const first = errors?.[0];
	const response: JsonObject = { message, ...(description ? { description } : {}) };
	if (first?.field) response.field = first.field;
	if (first?.code) response.factorialCode = first.code;
	const error = new NodeApiError(node, response, { message, description, httpCode, itemIndex });
	// NodeApiError swaps messages that mention a socket error code for generic wording; ours names
	// the request, which is what a user needs to find the failing item.
	error.message = message;
	return error;
}
