'use strict';
// The retry policy (nodes/shared/transport/retryPolicy.ts) as a table: failure × method × what the
// earlier attempts saw → retry / wait for the rate limit / already done / fail, and whether the write
// may have been applied. Pure: no n8n run, no sandbox, no timers; the clock and the jitter are inputs.
const {
	decideRetry,
	backoffMs,
	inDoubtNote,
	isRepeatable,
	FIRST_ATTEMPT,
	MAX_RETRIES,
} = require('../dist/nodes/shared/transport/retryPolicy');

const NOW = Date.UTC(2026, 2, 29, 1, 30);
const clock = { now: NOW, random: 0.5 };
const limits = { maxRetries: MAX_RETRIES, maxRateLimitWaitMs: 300_000 };

const status = (code, headers = {}) => ({ status: code, headers });
const socket = (code) => ({ code, headers: {} });
const after = (overrides) => ({ ...FIRST_ATTEMPT, ...overrides });
const decide = (failure, method, attempts = FIRST_ATTEMPT, l = limits, c = clock) =>
	decideRetry(failure, method, attempts, l, c);

const METHODS = ['GET', 'HEAD', 'PUT', 'DELETE', 'POST', 'PATCH'];
const REPEATABLE = ['GET', 'HEAD', 'PUT', 'DELETE'];
const WRITES = ['PUT', 'DELETE', 'POST', 'PATCH'];

describe('decideRetry: what happens after one failed attempt', () => {
	// [failure, what it is, retried for a repeatable method, retried for POST/PATCH, may have been applied for a write]
	const table = [
		[status(500), '500', true, false, true],
		[status(502), '502', true, false, true],
		[status(503), '503', true, false, true],
		[socket('ECONNRESET'), 'connection reset', true, false, true],
		[socket('EPIPE'), 'broken pipe', true, false, true],
		[socket('UND_ERR_SOCKET'), 'undici socket error', true, false, true],
		[socket('ECONNREFUSED'), 'connection refused (never sent)', true, true, false],
		[socket('ENOTFOUND'), 'unknown host (never sent)', true, true, false],
		[socket('UND_ERR_CONNECT_TIMEOUT'), 'connect timeout (never sent)', true, true, false],
		[socket('ECONNABORTED'), 'request timeout', false, false, true],
		[socket('ETIMEDOUT'), 'socket timeout', false, false, true],
		[socket('UND_ERR_HEADERS_TIMEOUT'), 'headers timeout', false, false, true],
		[status(400), '400', false, false, false],
		[status(401), '401', false, false, false],
		[status(404), '404', false, false, false],
		[status(409), '409', false, false, false],
		[status(422), '422', false, false, false],
		[status(307), 'redirect', false, false, false],
		[socket('ESOMETHINGELSE'), 'an unknown socket code', false, false, false],
	];

	describe.each(METHODS)('%s', (method) => {
		test.each(table)('%j (%s)', (failure, _what, repeatable, notRepeatable, appliedIfWrite) => {
			const decision = decide(failure, method);
			const retried = REPEATABLE.includes(method) ? repeatable : notRepeatable;
			expect(decision.action).toBe(retried ? 'retry' : 'fail');
			if (!retried) expect(decision.reason).toBe('failed');
			expect(decision.attempts.mayHaveBeenApplied).toBe(WRITES.includes(method) && appliedIfWrite);
			expect(decision.attempts.retries).toBe(retried ? 1 : 0);
			expect(decision.attempts.rateLimitHits).toBe(0);
		});
	});

	test('an error that is no HTTP answer nor socket failure (n8n\'s own) fails as it is, the earlier doubt kept', () => {
		expect(decide({ headers: {} }, 'GET')).toEqual({ action: 'fail', reason: 'notHttp', attempts: FIRST_ATTEMPT });
		const doubt = after({ retries: 1, mayHaveBeenApplied: true });
		expect(decide({ headers: {} }, 'PUT', doubt)).toEqual({ action: 'fail', reason: 'notHttp', attempts: doubt });
	});

	test('a retried failure waits 500 ms doubled per retry, capped at 8 s, half of it jitter', () => {
		const delays = [0, 1, 2, 3, 4, 5].map((retries) =>
			[0, 0.5, 0.999999].map((random) => {
				const decision = decide(status(503), 'GET', after({ retries }), { maxRetries: 10 }, { now: NOW, random });
				return decision.delayMs;
			}),
		);
		expect(delays).toEqual([
			[250, 375, 500],
			[500, 750, 1000],
			[1000, 1500, 2000],
			[2000, 3000, 4000],
			[4000, 6000, 8000],
			[4000, 6000, 8000],
		]);
	});

	test('retries stop at the maximum: the 4th failure of a GET fails with 3 retries counted', () => {
		let attempts = FIRST_ATTEMPT;
		const actions = [];
		for (let i = 0; i < 4; i++) {
			const decision = decide(status(500), 'GET', attempts);
			actions.push(decision.action);
			attempts = decision.attempts;
		}
		expect(actions).toEqual(['retry', 'retry', 'retry', 'fail']);
		expect(attempts).toEqual(after({ retries: 3 }));
	});

	test('a PUT that got no answer and then a clear 422 still may have been applied (the doubt stays)', () => {
		const first = decide(socket('ECONNRESET'), 'PUT');
		expect(first.action).toBe('retry');
		const second = decide(status(422), 'PUT', first.attempts);
		expect(second).toEqual({ action: 'fail', reason: 'failed', attempts: after({ retries: 1, mayHaveBeenApplied: true }) });
	});

	test('a DELETE retried after a failure that finds nothing (404) was done by the failed attempt', () => {
		const first = decide(status(502), 'DELETE');
		expect(decide(status(404), 'DELETE', first.attempts)).toEqual({
			action: 'alreadyDone',
			attempts: after({ retries: 1, mayHaveBeenApplied: true }),
		});
		// On the first attempt a 404 is a 404, and for other methods always.
		expect(decide(status(404), 'DELETE').action).toBe('fail');
		expect(decide(status(404), 'GET', after({ retries: 1 })).action).toBe('fail');
	});
});

describe('decideRetry: 429 Too Many Requests', () => {
	test.each(METHODS)('%s waits for the rate limit and is sent again (Factorial did not apply it)', (method) => {
		const decision = decide(status(429, { 'retry-after': '2' }), method);
		expect(decision).toEqual({
			action: 'waitForRateLimit',
			delayMs: 2000,
			attempts: after({ rateLimitHits: 1, rateLimitWaitedMs: 2000 }),
		});
	});

	test('Retry-After as an HTTP date is measured from the clock it is given', () => {
		const date = new Date(NOW + 7000).toUTCString();
		expect(decide(status(429, { 'retry-after': date }), 'POST').delayMs).toBe(7000);
		const past = new Date(NOW - 7000).toUTCString();
		expect(decide(status(429, { 'retry-after': past }), 'POST').delayMs).toBe(0);
	});

	test('without a usable Retry-After: 1 s doubled per 429, capped at 30 s, half of it jitter', () => {
		const delays = [0, 1, 4, 5, 9].map(
			(rateLimitHits) => decide(status(429, { 'retry-after': 'soon' }), 'POST', after({ rateLimitHits }), { maxRetries: 3, maxRateLimitWaitMs: 1e9 }).delayMs,
		);
		expect(delays).toEqual([750, 1500, 12_000, 22_500, 22_500]);
	});

	test('the total wait is bounded: a wait that would pass the maximum fails instead', () => {
		const waited = after({ rateLimitHits: 3, rateLimitWaitedMs: 299_000 });
		const at = decide(status(429, { 'retry-after': '1' }), 'POST', waited);
		expect(at.action).toBe('waitForRateLimit');
		const over = decide(status(429, { 'retry-after': '2' }), 'POST', waited);
		expect(over).toEqual({ action: 'fail', reason: 'rateLimitExhausted', attempts: after({ rateLimitHits: 4, rateLimitWaitedMs: 299_000 }) });
	});

	test('the wait counted is the limiter\'s hold when there is one, not the Retry-After nor a backoff of its own', () => {
		// The limiter caps a hostile Retry-After, or holds longer when an earlier 429 already set a hold.
		const capped = decide(status(429, { 'retry-after': '86400' }), 'POST', FIRST_ATTEMPT, limits, { ...clock, holdMs: 120_000 });
		expect(capped).toEqual({ action: 'waitForRateLimit', delayMs: 120_000, attempts: after({ rateLimitHits: 1, rateLimitWaitedMs: 120_000 }) });
		const noHeader = decide(status(429), 'POST', after({ rateLimitHits: 4 }), limits, { ...clock, holdMs: 6000 });
		expect(noHeader.delayMs).toBe(6000);
		// The maximum applies to the hold: a hold that would pass it fails the item.
		const over = decide(status(429, { 'retry-after': '1' }), 'POST', after({ rateLimitWaitedMs: 299_000 }), limits, { ...clock, holdMs: 2000 });
		expect(over.action).toBe('fail');
		expect(over.reason).toBe('rateLimitExhausted');
	});

	test('429s do not use up the retries, and retries do not use up the rate-limit wait', () => {
		const attempts = after({ retries: 3, rateLimitHits: 5, rateLimitWaitedMs: 10_000 });
		expect(decide(status(429, { 'retry-after': '1' }), 'GET', attempts).action).toBe('waitForRateLimit');
		expect(decide(status(500), 'GET', after({ rateLimitHits: 5, rateLimitWaitedMs: 10_000 })).action).toBe('retry');
	});

	test('without a rate-limit budget (a file host, not Factorial\'s API) a 429 simply fails', () => {
		expect(decide(status(429, { 'retry-after': '1' }), 'GET', FIRST_ATTEMPT, { maxRetries: 3 })).toEqual({
			action: 'fail',
			reason: 'failed',
			attempts: FIRST_ATTEMPT,
		});
	});
});

describe('what the user is told about a write in doubt', () => {
	test('nothing when no attempt left it in doubt', () => {
		for (const method of METHODS) expect(inDoubtNote(method, FIRST_ATTEMPT)).toBeUndefined();
	});

	test('a POST or PATCH was not sent again; a PUT or DELETE may have been applied', () => {
		const doubt = after({ mayHaveBeenApplied: true });
		expect(inDoubtNote('POST', doubt)).toMatch(/may have applied this request.*not sent again, so nothing is created twice/);
		expect(inDoubtNote('PATCH', doubt)).toMatch(/not sent again/);
		expect(inDoubtNote('PUT', doubt)).toMatch(/may have applied this change/);
		expect(inDoubtNote('DELETE', doubt)).not.toMatch(/not sent again/);
	});

	test('only GET, HEAD, PUT and DELETE count as repeatable', () => {
		expect(METHODS.filter(isRepeatable)).toEqual(REPEATABLE);
	});

	test('backoff never exceeds its cap and never goes below half of it', () => {
		for (let attempt = 0; attempt < 20; attempt++) {
			const ceiling = Math.min(8000, 500 * 2 ** attempt);
			expect(backoffMs(attempt, 500, 8000, 0)).toBe(ceiling / 2);
			expect(backoffMs(attempt, 500, 8000, 0.9999999)).toBeLessThanOrEqual(ceiling);
		}
	});
});
