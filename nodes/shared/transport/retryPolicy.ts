import type { IHttpRequestMethods } from 'n8n-workflow';

import type { HttpFailure } from './failure';
import { isNotSent, isServerOrTransportFailure, isTimeout, retryAfterMs } from './failure';

// What to do after a failed attempt, decided in one place for every request to Factorial and every
// file download. Pure: no clock, no randomness and no I/O of its own (both come in as arguments), so
// its whole table is tested without n8n (test/retryPolicy.test.js).

export const MAX_RETRIES = 3;

/** What the attempts of one request have seen so far; a decision hands back the next one. */
export interface Attempts {
	/** Repeats so far after a server error or a failed connection. */
	readonly retries: number;
	/** 429 answers so far. */
	readonly rateLimitHits: number;
	/** Time spent so far waiting for 429s to pass. */
	readonly rateLimitWaitedMs: number;
	/**
	 * Whether Factorial may have applied this write: an attempt reached it and got no clear answer
	 * (a 5xx, a dropped connection, a timeout). Never true for GET or HEAD. Once true it stays true.
	 */
	readonly mayHaveBeenApplied: boolean;
}

export const FIRST_ATTEMPT: Attempts = {
	retries: 0,
	rateLimitHits: 0,
	rateLimitWaitedMs: 0,
	mayHaveBeenApplied: false,
};

export interface RetryLimits {
	maxRetries: number;
	/** How long 429s may be waited out in total; absent: a 429 fails like any other answer. */
	maxRateLimitWaitMs?: number;
}

export type RetryDecision =
	/** Send the same request again after `delayMs`. */
	| { action: 'retry'; delayMs: number; attempts: Attempts }
	/** Factorial's budget is spent: hold every request on this credential for `delayMs`, then send again. */
	| { action: 'waitForRateLimit'; delayMs: number; attempts: Attempts }
	/** A DELETE repeated after a failure finds nothing: the failed attempt deleted it. */
	| { action: 'alreadyDone'; attempts: Attempts }
	| { action: 'fail'; reason: FailReason; attempts: Attempts };

export type FailReason =
	/** No HTTP status nor socket error: n8n's own error (e.g. an OAuth2 credential to reconnect). */
	| 'notHttp'
	/** Still 429 after the longest wait allowed. */
	| 'rateLimitExhausted'
	/** Any other failure that is not (or no longer) worth another attempt. */
	| 'failed';

export interface FailureContext {
	/** Date.now() when the failure arrived, for a Retry-After given as an HTTP date. */
	now: number;
	/** A number in [0, 1): the jitter, so that parallel items do not retry in step. */
	random: number;
	/**
	 * After a 429 on Factorial's API: how long the credential's limiter holds every POST (its
	 * Retry-After, bounded, or its own growing backoff). The wait counted against the maximum is then
	 * this hold, the time the request really waits, rather than a delay of the policy's own.
	 */
	holdMs?: number;
}

/** Methods that change nothing more when sent twice. */
export function isRepeatable(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'PUT' || method === 'DELETE' || method === 'HEAD';
}

function isWrite(method: IHttpRequestMethods): boolean {
	return method !== 'GET' && method !== 'HEAD';
}

/** Exponential backoff with half of it random ("equal jitter"). */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: number): number {
	const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
	return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

export function decideRetry(
	failure: HttpFailure,
	method: IHttpRequestMethods,
	attempts: Attempts,
	limits: RetryLimits,
	{ now, random, holdMs }: FailureContext,
): RetryDecision {
	if (failure.status === undefined && failure.code === undefined) {
		return { action: 'fail', reason: 'notHttp', attempts };
	}
	const serverOrTransport = isServerOrTransportFailure(failure);
	// Reached Factorial and got no clear answer: a write may have been applied.
	const unanswered = serverOrTransport && !isNotSent(failure);
	const seen: Attempts = {
		...attempts,
		mayHaveBeenApplied: attempts.mayHaveBeenApplied || (unanswered && isWrite(method)),
	};

	if (failure.status === 429 && limits.maxRateLimitWaitMs !== undefined) {
		// Not applied by Factorial, so any method may be sent again once the window allows.
		const delayMs = holdMs ?? retryAfterMs(failure, now) ?? backoffMs(seen.rateLimitHits, 1000, 30_000, random);
		if (seen.rateLimitWaitedMs + delayMs > limits.maxRateLimitWaitMs) {
			return { action: 'fail', reason: 'rateLimitExhausted', attempts: { ...seen, rateLimitHits: seen.rateLimitHits + 1 } };
		}
		return {
			action: 'waitForRateLimit',
			delayMs,
			attempts: { ...seen, rateLimitHits: seen.rateLimitHits + 1, rateLimitWaitedMs: seen.rateLimitWaitedMs + delayMs },
		};
	}

	// A timeout is not repeated: the user's timeout bounds how long an item waits for an answer.
	// A write that is not repeatable goes again only when it certainly never left.
	const safeToRepeat = !isTimeout(failure) && (isRepeatable(method) ? serverOrTransport : isNotSent(failure));
	if (safeToRepeat && seen.retries < limits.maxRetries) {
		return { action: 'retry', delayMs: backoffMs(seen.retries, 500, 8000, random), attempts: { ...seen, retries: seen.retries + 1 } };
	}
	if (method === 'DELETE' && failure.status === 404 && seen.retries > 0) {
		return { action: 'alreadyDone', attempts: seen };
	}
	return { action: 'fail', reason: 'failed', attempts: seen };
}

/** What an error tells the user about a write that may have been applied, or undefined. */
export function inDoubtNote(method: IHttpRequestMethods, attempts: Attempts): string | undefined {
	if (!attempts.mayHaveBeenApplied) return undefined;
	return isRepeatable(method)
		? 'Factorial may have applied this change before it failed; check Factorial before retrying this item.'
		: 'Factorial may have applied this request before it failed. It was not sent again, so nothing is created twice; check Factorial before retrying this item.';
}
