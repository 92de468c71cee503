import { sleep } from 'n8n-workflow';

/**
 * Factorial allows a fixed number of POSTs per minute per credential. One limiter per credential
 * and host is shared by every item, every execution and every workflow in the n8n process (this
 * module is loaded once per process), so parallel workflows split the budget instead of each
 * spending all of it.
 */
export class PostLimiter {
	// Send times of recent POSTs, oldest first; pruned to the longest window any caller asked for.
	private readonly sent: number[] = [];

	private longestWindowMs = 0;

	private pausedUntil = 0;

	// Admission is one caller at a time, so concurrent items cannot all see the same free slot.
	private queue: Promise<unknown> = Promise.resolve();

	/** Waits until a POST may be sent under `limit` per `windowMs`, then records it as sent. */
	async acquire(limit: number, windowMs: number, signal?: AbortSignal): Promise<number> {
		const turn = this.queue.then(async () => await this.admit(limit, windowMs, signal));
		this.queue = turn.catch(() => undefined);
		return await turn;
	}

	/** Holds every caller back, e.g. for a Retry-After that says the budget is spent elsewhere. */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}

	private async admit(limit: number, windowMs: number, signal?: AbortSignal): Promise<number> {
		this.longestWindowMs = Math.max(this.longestWindowMs, windowMs);
		// Factorial counts arrivals, we count departures; the margin absorbs latency jitter between them.
		const margin = Math.max(50, Math.round(windowMs * 0.005));
		let waited = 0;
		for (;;) {
			if (signal?.aborted) throw new Error('The execution was cancelled while waiting for the rate limit');
			const now = Date.now();
			while (this.sent.length > 0 && this.sent[0] <= now - this.longestWindowMs) this.sent.shift();
			let wait = this.pausedUntil - now;
			let recent = 0;
			for (let i = this.sent.length - 1; i >= 0 && this.sent[i] > now - windowMs; i--) recent++;
			if (recent >= limit) {
				const oldestThatMustLeave = this.sent[this.sent.length - limit];
				wait = Math.max(wait, oldestThatMustLeave + windowMs + margin - now);
			}
			if (wait <= 0) {
				this.sent.push(now);
				return waited;
			}
			await sleep(wait);
			waited += wait;
		}
	}
}

const limiters = new Map<string, PostLimiter>();

export function limiterFor(key: string): PostLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new PostLimiter();
		limiters.set(key, limiter);
	}
	return limiter;
}
