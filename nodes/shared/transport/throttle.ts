import { sleep } from 'n8n-workflow';

// While a POST is in flight Factorial may count it at any moment; once its response is here, it
// was counted no later than that. So a slot occupies the window until its response + the window.
interface Slot {
	countedUntil: number;
}

const IN_FLIGHT = Number.POSITIVE_INFINITY;
const POLL_MS = 20;

/**
 * Factorial allows a fixed number of POSTs per minute per credential. One limiter per credential
 * and host is shared by every item, every execution and every workflow in the n8n process (this
 * module is loaded once per process), so parallel workflows split the budget instead of each
 * spending all of it.
 */
export class PostLimiter {
	private slots: Slot[] = [];

	private longestWindowMs = 0;

	private pausedUntil = 0;

	// Admission is one caller at a time, so concurrent items cannot all see the same free slot.
	private queue: Promise<unknown> = Promise.resolve();

	/**
	 * Waits until a POST may be sent under `limit` per `windowMs` and takes a slot; call the
	 * returned function when the response (or failure) has arrived.
	 */
	async acquire(limit: number, windowMs: number, signal?: AbortSignal): Promise<() => void> {
		const turn = this.queue.then(async () => await this.admit(limit, windowMs, signal));
		this.queue = turn.catch(() => undefined);
		return await turn;
	}

	/** Holds every caller back, e.g. for a Retry-After that says the budget is spent elsewhere. */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}

	private async admit(limit: number, windowMs: number, signal?: AbortSignal): Promise<() => void> {
		this.longestWindowMs = Math.max(this.longestWindowMs, windowMs);
		// Clock granularity and the server's own rounding.
		const margin = Math.max(25, Math.round(windowMs * 0.002));
		for (;;) {
			if (signal?.aborted) throw new Error('The execution was cancelled while waiting for the rate limit');
			const now = Date.now();
			this.slots = this.slots.filter((slot) => slot.countedUntil > now - this.longestWindowMs);
			const counted = this.slots
				.map((slot) => slot.countedUntil)
				.filter((until) => until > now - windowMs)
				.sort((a, b) => a - b);
			let wait = this.pausedUntil - now;
			if (counted.length >= limit) {
				const mustLeave = counted[counted.length - limit];
				wait = Math.max(wait, mustLeave === IN_FLIGHT ? POLL_MS : mustLeave + windowMs + margin - now);
			}
			if (wait <= 0) {
				const slot: Slot = { countedUntil: IN_FLIGHT };
				this.slots.push(slot);
				return () => {
					slot.countedUntil = Date.now();
				};
			}
			await sleep(wait);
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
