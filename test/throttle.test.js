'use strict';
// The POST limiter (nodes/shared/transport/throttle.ts) on its own, under Jest's fake clock: no n8n
// run, no sandbox and no real waiting, so every time below is exact.
const { PostLimiter, limiterFor } = require('../dist/nodes/shared/transport/throttle');

const START = Date.UTC(2026, 9, 1, 9, 0, 0);

beforeEach(() => {
	jest.useFakeTimers({ now: START });
});

afterEach(() => {
	jest.useRealTimers();
});

const elapsed = () => Date.now() - START;

/** Starts an acquire and records when it was admitted; `release` is set once it is. */
function request(limiter, limit, windowMs, signal) {
	const entry = { admittedAt: undefined, release: undefined, error: undefined };
	entry.done = limiter.acquire(limit, windowMs, signal).then(
		(release) => {
			entry.admittedAt = elapsed();
			entry.release = release;
		},
		(error) => {
			entry.error = error;
		},
	);
	return entry;
}

// The margin the limiter keeps for clock granularity: max(25 ms, 0.2 % of the window).
const margin = (windowMs) => Math.max(25, Math.round(windowMs * 0.002));

test('up to the limit at once; the next when the first answered POST leaves the window', async () => {
	const limiter = new PostLimiter();
	const first = [1, 2, 3].map(() => request(limiter, 3, 1000));
	await jest.advanceTimersByTimeAsync(0);
	expect(first.map((r) => r.admittedAt)).toEqual([0, 0, 0]);

	await jest.advanceTimersByTimeAsync(100);
	first[0].release(); // answered at 100 ms: counted no later than that
	await jest.advanceTimersByTimeAsync(100);
	first[1].release(); // at 200 ms
	const fourth = request(limiter, 3, 1000);
	const fifth = request(limiter, 3, 1000);
	await jest.advanceTimersByTimeAsync(5000);
	expect(fourth.admittedAt).toBe(100 + 1000 + margin(1000));
	expect(fifth.admittedAt).toBe(200 + 1000 + margin(1000));
});

test('a POST still in flight holds its slot however long it takes', async () => {
	const limiter = new PostLimiter();
	const [slow] = [request(limiter, 1, 1000)];
	await jest.advanceTimersByTimeAsync(0);
	const next = request(limiter, 1, 1000);
	await jest.advanceTimersByTimeAsync(3000);
	expect(next.admittedAt).toBeUndefined();
	slow.release(); // answered at 3000 ms
	await jest.advanceTimersByTimeAsync(3000);
	// Polled every 20 ms while in flight, then the exact wait: at most one poll late.
	expect(next.admittedAt).toBeGreaterThanOrEqual(3000 + 1000 + margin(1000));
	expect(next.admittedAt).toBeLessThan(3000 + 1000 + margin(1000) + 20);
});

test('callers are admitted one at a time, so concurrent ones never share a free slot', async () => {
	const limiter = new PostLimiter();
	const all = Array.from({ length: 10 }, () => request(limiter, 4, 1000));
	await jest.advanceTimersByTimeAsync(0);
	expect(all.filter((r) => r.admittedAt !== undefined)).toHaveLength(4);
	for (const r of all.slice(0, 4)) r.release();
	await jest.advanceTimersByTimeAsync(1000 + margin(1000));
	expect(all.filter((r) => r.admittedAt !== undefined)).toHaveLength(8);
});

test('pause (a Retry-After) holds every caller back, also with free slots', async () => {
	const limiter = new PostLimiter();
	limiter.pause(2000);
	limiter.pause(500); // a shorter pause does not shorten the longer one
	const r = request(limiter, 100, 1000);
	await jest.advanceTimersByTimeAsync(1999);
	expect(r.admittedAt).toBeUndefined();
	await jest.advanceTimersByTimeAsync(1);
	expect(r.admittedAt).toBe(2000);
});

test('a caller with a shorter window still counts what a longer window has seen', async () => {
	const limiter = new PostLimiter();
	const long = request(limiter, 1, 60_000);
	await jest.advanceTimersByTimeAsync(0);
	long.release();
	// Within 1 s the earlier POST is gone from a 1 s window: admitted at once after it.
	await jest.advanceTimersByTimeAsync(2000);
	const short = request(limiter, 1, 1000);
	await jest.advanceTimersByTimeAsync(0);
	expect(short.admittedAt).toBe(2000);
	short.release();
	// The 60 s window still holds both: a third caller on it waits for the first to leave.
	const third = request(limiter, 2, 60_000);
	await jest.advanceTimersByTimeAsync(120_000);
	expect(third.admittedAt).toBe(60_000 + margin(60_000));
});

test('a cancelled execution stops waiting with an error and frees its turn', async () => {
	const limiter = new PostLimiter();
	const held = request(limiter, 1, 1000);
	await jest.advanceTimersByTimeAsync(0);
	const controller = new AbortController();
	const cancelled = request(limiter, 1, 1000, controller.signal);
	const after = request(limiter, 1, 1000);
	await jest.advanceTimersByTimeAsync(100);
	controller.abort();
	await jest.advanceTimersByTimeAsync(40);
	expect(cancelled.error?.message).toBe('The execution was cancelled while waiting for the rate limit');
	held.release();
	await jest.advanceTimersByTimeAsync(2000);
	expect(after.admittedAt).toBeGreaterThan(0);
	expect(after.error).toBeUndefined();
});

test('one limiter per key for the whole process', () => {
	expect(limiterFor('apiKey:cred-1:https://api.example')).toBe(limiterFor('apiKey:cred-1:https://api.example'));
	expect(limiterFor('apiKey:cred-1:https://api.example')).not.toBe(limiterFor('apiKey:cred-2:https://api.example'));
});
