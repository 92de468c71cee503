import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';

import { credentialTypeFor, endpointOf } from './credentials';
import { factorialApiError } from './errors';
import { describeFailure, retryAfterMs } from './failure';
import type { MultipartForm } from './multipart';
import { FIRST_ATTEMPT, MAX_RETRIES, decideRetry, inDoubtNote } from './retryPolicy';
import { limiterFor } from './throttle';

export type FactorialContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IPollFunctions;

export type QueryValue = string | number | boolean | string[] | undefined;

export interface FactorialRequest {
	method: IHttpRequestMethods;
	/** Below /api/{version}/resources/, already URL-encoded, e.g. `employees/employees/12`. */
	path: string;
	query?: Record<string, QueryValue>;
	body?: IDataObject;
	/** Sent as multipart/form-data instead of a JSON body; rebuilt from its sources on every attempt. */
	form?: MultipartForm;
}

export interface TransportOptions {
	postLimit: number;
	postWindowMs: number;
	maxRateLimitWaitMs: number;
	/** How long one request may go unanswered (JSON requests). */
	timeoutMs: number;
	/** The same for requests that carry or fetch a file, which may take much longer. */
	fileTimeoutMs: number;
	itemIndex?: number;
}

export const DEFAULT_TRANSPORT: TransportOptions = {
	postLimit: 200, // Factorial's documented limit: 200 POST requests per minute
	postWindowMs: 60_000,
	maxRateLimitWaitMs: 300_000,
	timeoutMs: 60_000,
	fileTimeoutMs: 300_000,
};

/** Rails-style arrays (`ids[]=1&ids[]=2`), which is how Factorial reads list filters. */
export function toQueryString(query: Record<string, QueryValue> = {}): string {
	const parts: string[] = [];
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined || value === '') continue;
		const name = encodeURIComponent(key);
		if (Array.isArray(value)) {
			for (const entry of value) parts.push(`${name}[]=${encodeURIComponent(entry)}`);
		} else {
			parts.push(`${name}=${encodeURIComponent(String(value))}`);
		}
	}
	return parts.join('&');
}

/**
 * Marks an error with whether Factorial may have applied the write behind it, for error items to
 * report; false for reads and for failures that certainly did not change anything.
 */
function withApplied<E extends NodeApiError | NodeOperationError>(error: E, mayHaveBeenApplied: boolean): E {
	error.context.mayHaveBeenApplied = mayHaveBeenApplied;
	return error;
}

function checkedBaseUrl(context: FactorialContext, baseUrl: string): string {
	let parsed: URL | undefined;
	try {
		parsed = new URL(baseUrl);
	} catch {
		parsed = undefined;
	}
	if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash) {
		throw new NodeOperationError(
			context.getNode(),
			`The credential's Base URL "${baseUrl}" is not an http(s) URL`,
			{ description: 'Set it to the scheme and host only, for example https://api.factorialhr.com' },
		);
	}
	return baseUrl;
}

function seconds(ms: number): string {
	return `${Math.round(ms / 100) / 10} s`;
}

/**
 * The single way this package talks to Factorial: builds the URL from the credential, keeps POSTs
 * within the shared budget, absorbs 429s, retries what is safe to retry and maps every failure to
 * an error that says what failed. Authentication is left to n8n, so that a 401 reaches n8n's OAuth2
 * refresh.
 */
export async function factorialRequest(
	context: FactorialContext,
	request: FactorialRequest,
	options: TransportOptions = DEFAULT_TRANSPORT,
): Promise<unknown> {
	const node = context.getNode();
	const credentialType = credentialTypeFor(node.parameters.authentication);
	const credentials = await context.getCredentials(credentialType);
	const endpoint = endpointOf(credentials);
	const baseUrl = checkedBaseUrl(context, endpoint.baseUrl);
	const query = toQueryString(request.query);
	const url = `${baseUrl}/api/${encodeURIComponent(endpoint.apiVersion)}/resources/${request.path}${query ? `?${query}` : ''}`;
	const timeoutMs = request.form ? options.fileTimeoutMs : options.timeoutMs;
	const label = { method: request.method, path: request.path, timeoutMs, origin: new URL(baseUrl).origin };
	const credentialId = node.credentials?.[credentialType]?.id ?? node.name;
	const limiter = limiterFor(`${credentialType}:${credentialId}:${baseUrl}`);
	const signal = 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
	const { itemIndex } = options;

	let attempts = FIRST_ATTEMPT;
	for (;;) {
		const permit =
			request.method === 'POST'
				? await limiter.acquire(options.postLimit, options.postWindowMs, signal)
				: undefined;
		try {
			return await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
				method: request.method,
				url,
				json: true,
				timeout: timeoutMs,
				// Factorial's API never redirects. Following one would send the credential (and a POST's
				// body) to wherever the Location points; a 3xx is reported as an error instead.
				disableFollowRedirect: true,
				...(request.form
					? {
							// n8n's HTTP stack streams it (see MultipartForm) with its Content-Length.
							headers: { accept: 'application/json', 'content-type': request.form.type },
							body: request.form as unknown as IDataObject,
						}
					: {
							headers: { accept: 'application/json' },
							...(request.body !== undefined ? { body: request.body } : {}),
						}),
			});
		} catch (error) {
			const failure = describeFailure(error);
			// A 429 says the credential's budget is spent, whether or not this request waits for it: the
			// limiter holds every POST of the credential (Retry-After, else a backoff that grows while
			// 429s continue) and learns the share others leave. That hold is what this request waits,
			// and what the policy counts against the longest wait allowed.
			const holdMs =
				failure.status === 429
					? limiter.rateLimited(permit, retryAfterMs(failure), options.postLimit, options.postWindowMs)
					: undefined;
			const decision = decideRetry(
				failure,
				request.method,
				attempts,
				{ maxRetries: MAX_RETRIES, maxRateLimitWaitMs: options.maxRateLimitWaitMs },
				{ now: Date.now(), random: Math.random(), holdMs },
			);
			attempts = decision.attempts;
			switch (decision.action) {
				case 'waitForRateLimit':
					// A POST waits in the limiter's queue, which the hold keeps back.
					if (request.method !== 'POST') await sleep(decision.delayMs);
					continue;
				case 'retry':
					await sleep(decision.delayMs);
					continue;
				case 'alreadyDone':
					return undefined;
			}
			if (decision.reason === 'notHttp') {
				throw withApplied(
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeApiError(node, error as JsonObject, { itemIndex }),
					attempts.mayHaveBeenApplied,
				);
			}
			if (decision.reason === 'rateLimitExhausted') {
				throw withApplied(factorialApiError(
					node,
					failure,
					label,
					itemIndex,
					`Factorial's rate limit (${options.postLimit} POST requests per ${seconds(options.postWindowMs)} for this credential, or a limit Factorial applies beyond it) was still answering 429 after ${seconds(attempts.rateLimitWaitedMs)} of waiting, the node's maximum. Lower the POST limit in the node options if another client shares this credential, or raise the maximum wait.`,
				), attempts.mayHaveBeenApplied);
			}
			const notes = [
				attempts.retries > 0 ? `Failed after ${attempts.retries + 1} attempts.` : undefined,
				inDoubtNote(request.method, attempts),
			].filter(Boolean);
			throw withApplied(factorialApiError(
				node,
				failure,
				label,
				itemIndex,
				notes.length > 0 ? notes.join(' ') : undefined,
			), attempts.mayHaveBeenApplied);
		} finally {
			permit?.release();
		}
	}
}
