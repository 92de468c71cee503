import { sleep } from 'n8n-workflow';

/** Time as the limiter sees it; tests pass a fake one. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

/**
 * One POST that the limiter let through. While it is in flight Factorial may count it at any
 * moment; once its response is here, it was counted no later than that. So it occupies the window
 * until its response + the window. A POST answered 429 was not counted at all.
 */
export interface PostPermit {
	sentAt: number;
	countedUntil: number;
	/** The response (or failure) has arrived. */
	release(): void;
}

const IN_FLIGHT = Number.POSITIVE_INFINITY;
const POLL_MS = 20;
/** The share is set a little below what the others leave, so that small bursts of theirs still fit. */
const BACK_OFF_TO = 0.95;
/** The bucket lets this fraction of the share go at once; the rest is spread over the window. */
const BURST_FRACTION = 0.25;
/** Never less than this part of the limit, whatever the 429s suggest. */
const LEAST_SHARE = 0.05;
/**
 * A 429 met while this client has little in the window (it has only just started, or was held) says
 * the window is full, not what the others will go on spending: n8n workers started together fill the
 * first window in their first bursts, and each learns its own share from its own 429s. Taken at full
 * weight, the late starter's first 429 leaves it 5 % of the limit for the rest of the run while the
 * others keep the rest (measured in n8n's queue mode, test/e2e/scenarios/queue-mode.js). So with less
 * than this part of the limit in the window, the 429 counts in proportion, but at least half.
 */
const THIN_EVIDENCE = 0.25;
const LEAST_WEIGHT = 0.5;
/**
 * Each half window without a 429 lowers the estimate of what others spend by 3 % of that estimate,
 * growing with each further one (see recover()). While the estimate is above half the limit, the
 * step is larger: times (estimate / half the limit) to the fourth power, at most fourfold. Each 429
 * confirms the share a client had when the window filled, so workers that started unevenly kept
 * uneven shares, finished one after another, and the last ran alone on a small share (n8n's queue
 * mode: 77/38/72 POSTs per window). With the smallest share regaining the most per step, the shares
 * even out within a few windows and none is left to finish alone on a small share. Next to one other
 * client spending half the budget, the estimate is about half the limit and the step about 3.5 %.
 */
const RECOVERY = 0.03;
const UNEVEN_POWER = 4;
const MOST_UNEVEN = 4;
const RECOVERY_EVERY = 0.5;
/**
 * For two windows after a 429, POSTs go at most at twice the share's pace. Tokens saved up while the
 * limiter waited (a hold, or its own part of the window full) are then caught up over a moment
 * instead of all at once: sent at once into a window that others fill too, most of them were
 * refused together, up to ten 429s where one would have told the same.
 */
const CATCH_UP_PACE = 2;
const CATCH_UP_WINDOWS = 2;
/** Without a Retry-After, the hold doubles from this while 429s continue, up to one window. */
const FIRST_BACKOFF_MS = 1000;

/**
 * Factorial allows a fixed number of POSTs per minute per credential. One limiter per credential
 * and host is shared by every item, every execution and every workflow in the n8n process (this
 * module is loaded once per process), so parallel workflows split the budget instead of each
 * spending all of it.
 *
 * Other clients of the same credential (another integration, or other n8n workers in queue mode,
 * each with a limiter of its own) spend from the same budget, and only Factorial sees all of it.
 * So the limiter adapts to what Factorial answers:
 * - POSTs are spread over the window (a token bucket at `share` per window, a quarter of it allowed
 *   at once) rather than sent in one burst, so that other clients' POSTs fit in between;
 * - a 429 holds every POST for the credential until its Retry-After (or a backoff that doubles
 *   while 429s continue), instead of each item probing on its own, and after the hold one POST goes
 *   alone until Factorial accepts one;
 * - and it learns what the others spend: when Factorial says the window is full, the others had
 *   the limit minus this client's POSTs in it. The share is a little below what that leaves, the
 *   estimate averaged over 429s so that one burst of the others' does not halve it, and a 429 met
 *   with little of this client's in the window weighing less; each stretch without a 429 lowers the
 *   estimate by a growing part of itself, so the share follows the others when they slow down (and
 *   returns to the whole limit when they stop).
 */
export class PostLimiter {
	private slots: PostPermit[] = [];

	private longestWindowMs = 0;

	private pausedUntil = 0;

	/**
	 * POSTs per window that others spend, as the 429s showed it: a full window minus this client's
	 * part of it, averaged over the 429 episodes so that one burst of the others' does not halve this
	 * client's share. Undefined until the first 429.
	 */
	private othersPerWindow: number | undefined;

	private tokens = 0;

	private tokensAt: number | undefined;

	private lastSentAt: number | undefined;

	/** When the current 429 episode began: 429s of POSTs sent before it are part of it. */
	private episodeAt = Number.NEGATIVE_INFINITY;

	/** Episodes in a row without a POST accepted in between. */
	private strikes = 0;

	/** Half windows in a row without a 429, each of which lowered the estimate of what others spend. */
	private cleanIntervals = 0;

	/** When the share was last changed (lowered, or raised after a window without 429s). */
	private shareChangedAt = 0;

	// Admission is one caller at a time, so concurrent items cannot all see the same free slot.
	private queue: Promise<unknown> = Promise.resolve();

	constructor(private readonly clock: Clock = realClock) {}

	/**
	 * Waits until a POST may be sent under `limit` per `windowMs` and takes a slot; call the
	 * returned permit's release() when the response (or failure) has arrived.
	 */
	async acquire(limit: number, windowMs: number, signal?: AbortSignal): Promise<PostPermit> {
		const turn = this.queue.then(async () => await this.admit(limit, windowMs, signal));
		this.queue = turn.catch(() => undefined);
		return await turn;
	}

	/** POSTs per window this client currently allows itself (the limit, or less after 429s). */
	currentShare(limit: number): number {
		if (this.othersPerWindow === undefined) return limit;
		const least = Math.max(1, Math.ceil(limit * LEAST_SHARE));
		return Math.max(least, Math.min(limit, Math.floor(BACK_OFF_TO * (limit - this.othersPerWindow))));
	}

	/**
	 * Factorial answered 429: the budget is spent, by this client or others. Holds every POST until
	 * the time Factorial gave (or a growing backoff when it gave none) and, for a POST, lowers the
	 * share to what was left to this client. Returns how long from now POSTs are held.
	 */
	rateLimited(
		permit: PostPermit | undefined,
		retryAfterMs: number | undefined,
		limit: number,
		windowMs: number,
	): number {
		const now = this.clock.now();
		if (permit) {
			// Not counted by Factorial: it must not hold this client's window either.
			this.slots = this.slots.filter((slot) => slot !== permit);
			permit.countedUntil = Number.NEGATIVE_INFINITY;
		}
		const sameEpisode = permit !== undefined && permit.sentAt <= this.episodeAt;
		if (!sameEpisode) {
			this.episodeAt = now;
			this.strikes++;
			if (permit) {
				// This client's part of the full window: its POSTs answered within the window, and those
				// still in flight that were sent before the refused one (Factorial counted them first).
				const mine = this.slots.filter((slot) =>
					slot.countedUntil === IN_FLIGHT ? slot.sentAt <= permit.sentAt : slot.countedUntil > now - windowMs,
				).length;
				const others = Math.max(0, limit - mine);
				const weight = Math.max(LEAST_WEIGHT, Math.min(1, mine / (limit * THIN_EVIDENCE)));
				const before = this.othersPerWindow ?? 0;
				// The first 429 against the assumption that the limit is all this client's; later ones averaged.
				const step = this.othersPerWindow === undefined ? weight : weight / 2;
				this.othersPerWindow = before + step * (others - before);
				this.cleanIntervals = 0;
				this.shareChangedAt = now;
			}
		}
		const growing = Math.min(windowMs, FIRST_BACKOFF_MS * 2 ** Math.max(0, this.strikes - 1));
		// A hostile or mistaken Retry-After must not stop the credential for longer than a window or two.
		const holdMs = Math.min(retryAfterMs ?? growing, 2 * Math.max(windowMs, 60_000));
		this.pausedUntil = Math.max(this.pausedUntil, now + holdMs);
		this.tokens = Math.min(this.tokens, this.burst(limit));
		return this.pausedUntil - now;
	}

	private burst(limit: number): number {
		return Math.max(1, Math.floor(this.currentShare(limit) * BURST_FRACTION));
	}

	private refill(now: number, limit: number, windowMs: number): void {
		const capacity = this.burst(limit);
		if (this.tokensAt === undefined) {
			this.tokens = capacity;
			this.tokensAt = now;
		} else if (now > this.tokensAt) {
			this.tokens = Math.min(capacity, this.tokens + ((now - this.tokensAt) * this.currentShare(limit)) / windowMs);
			this.tokensAt = now;
		}
	}

	/**
	 * Assumes the others spend a little less after each interval in which Factorial refused nothing;
	 * catches up on every interval that passed, so a limiter idle for a while has forgotten them.
	 */
	private recover(now: number, limit: number, windowMs: number): void {
		const interval = windowMs * RECOVERY_EVERY;
		if (now - this.episodeAt < interval) return;
		while (this.othersPerWindow !== undefined) {
			const due = this.shareChangedAt + interval;
			if (now < due) return;
			// Doubles with the second clean interval in a row, then grows fourfold: while the budget is
			// shared a 429 comes about once a window, so a third clean interval says someone stopped.
			const growth = this.cleanIntervals === 0 ? 1 : 2 ** (2 * this.cleanIntervals - 1);
			const uneven = Math.min(MOST_UNEVEN, Math.max(1, (this.othersPerWindow / (limit / 2)) ** UNEVEN_POWER));
			this.othersPerWindow -= Math.max(1, this.othersPerWindow * RECOVERY * growth * uneven);
			this.cleanIntervals++;
			if (this.othersPerWindow <= 0) this.othersPerWindow = undefined;
			// While POSTs keep coming, the next half window counts from this step; steps that fell due
			// while the limiter was idle are all taken now.
			this.shareChangedAt = now - due >= interval ? due : now;
		}
	}

	/** How long until a POST may go (0: now). Pure: reads the clock it is given. */
	delay(now: number, limit: number, windowMs: number): number {
		this.longestWindowMs = Math.max(this.longestWindowMs, windowMs);
		this.recover(now, limit, windowMs);
		this.refill(now, limit, windowMs);
		const share = this.currentShare(limit);
		// Clock granularity and the server's own rounding.
		const margin = Math.max(25, Math.round(windowMs * 0.002));
		this.slots = this.slots.filter((slot) => slot.countedUntil > now - this.longestWindowMs);
		const counted = this.slots
			.map((slot) => slot.countedUntil)
			.filter((until) => until > now - windowMs)
			.sort((a, b) => a - b);
		let wait = this.pausedUntil - now;
		if (counted.length >= share) {
			const mustLeave = counted[counted.length - share];
			wait = Math.max(wait, mustLeave === IN_FLIGHT ? POLL_MS : mustLeave + windowMs + margin - now);
		}
		if (this.tokens < 1) wait = Math.max(wait, Math.ceil(((1 - this.tokens) * windowMs) / share));
		if (this.lastSentAt !== undefined && now - this.episodeAt < CATCH_UP_WINDOWS * windowMs) {
			wait = Math.max(wait, this.lastSentAt + windowMs / (CATCH_UP_PACE * share) - now);
		}
		// After a 429, one POST at a time until Factorial accepts one: the window may still be full when
		// the hold ends (other clients waited for it too), and a burst sent then would be refused whole.
		if (this.strikes > 0 && this.slots.some((slot) => slot.countedUntil === IN_FLIGHT)) wait = Math.max(wait, POLL_MS);
		return Math.max(0, wait);
	}

	/** Takes a slot now; call only when delay() is 0. */
	take(now: number): PostPermit {
		this.lastSentAt = now;
		this.tokens -= 1;
		const permit: PostPermit = {
			sentAt: now,
			countedUntil: IN_FLIGHT,
			release: () => {
				if (permit.countedUntil !== IN_FLIGHT) return; // answered 429, or released already
				permit.countedUntil = this.clock.now();
				this.strikes = 0;
			},
		};
		this.slots.push(permit);
		return permit;
	}

	private async admit(limit: number, windowMs: number, signal?: AbortSignal): Promise<PostPermit> {
		for (;;) {
			if (signal?.aborted) throw new Error('The execution was cancelled while waiting for the rate limit');
			const now = this.clock.now();
			const wait = this.delay(now, limit, windowMs);
			if (wait <= 0) return this.take(now);
			await this.clock.sleep(wait);
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
