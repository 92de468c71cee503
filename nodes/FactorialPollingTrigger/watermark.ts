/**
 * The no-loss, no-duplicate bookkeeping of the polling trigger, kept apart from n8n and HTTP so it
 * can be reasoned about (and tested) alone. Every time here is Factorial's own (a record's
 * `updated_at` or `created_at`), never n8n's clock, except once: the very first poll, which has
 * nothing else to start from.
 */

/** Kept in the workflow's static data between polls (JSON only). */
export interface WatermarkState {
	/** The watched record this state belongs to; another one starts afresh. */
	watch: string;
	/** The highest change time seen so far (ISO 8601, Factorial's clock). */
	watermark: string;
	/**
	 * id → change time of the records already emitted (or present at the start) whose change time
	 * lies inside the overlap window below the watermark: the only ones a later read can meet again.
	 */
	seen: Record<string, string>;
	/** Set when `seen` had to be cut: changes at or before it count as emitted. */
	floor?: string;
}

/**
 * How far below the watermark every poll reads again. Factorial stamps `updated_at` when a change
 * starts, not when it becomes visible, and its servers' clocks differ a little: a change stamped
 * just before the watermark but listed only after the previous read is still found.
 */
export const OVERLAP_MS = 5 * 60_000;

/** The most ids kept in `seen`, so static data stays small even after a bulk change. */
export const MAX_SEEN = 2000;

/** The first poll's reach into the past: any difference between n8n's clock and Factorial's up to a day. */
export const FIRST_POLL_LOOKBACK_MS = 24 * 60 * 60_000;

export interface Verdict {
	emit: boolean;
	/** Not seen before and created inside the window: the record is new, not changed. */
	isNew: boolean;
	/** The change time of the version already emitted, when it is still inside the window. */
	previousMs?: number;
}

const time = (iso: string | undefined): number => (iso === undefined ? NaN : Date.parse(iso));

/**
 * One poll's pass over the records: `consider` each record once, in any order, then `finish` for
 * the state to store. A first poll (no state, or a state for another watched record) only takes
 * note of what is there and emits nothing.
 */
export class WatermarkRound {
	/** Changes before this instant were handled by earlier polls (ms since epoch). */
	readonly lowerBound: number;
	readonly isFirst: boolean;
	private readonly seen: Map<string, number>;
	private highest: number;
	private readonly floor: number | undefined;

	constructor(
		private readonly watch: string,
		previous: WatermarkState | undefined,
		nowMs: number,
	) {
		this.isFirst = previous?.watch !== watch || !Number.isFinite(time(previous?.watermark));
		if (this.isFirst || previous === undefined) {
			this.lowerBound = nowMs - FIRST_POLL_LOOKBACK_MS;
			this.highest = this.lowerBound;
			this.seen = new Map();
			this.floor = undefined;
			return;
		}
		const watermark = time(previous.watermark);
		const floor = time(previous.floor);
		this.floor = Number.isFinite(floor) ? floor : undefined;
		this.lowerBound = this.floor !== undefined ? Math.max(watermark - OVERLAP_MS, this.floor + 1) : watermark - OVERLAP_MS;
		this.highest = watermark;
		this.seen = new Map(Object.entries(previous.seen ?? {}).map(([id, at]) => [id, time(at)]));
	}

	/** Whether a record read now is a change to emit; a record with no usable change time is not. */
	consider(id: string, changedAt: string | undefined, createdAt: string | undefined): Verdict {
		const at = time(changedAt);
		if (!Number.isFinite(at) || at < this.lowerBound) return { emit: false, isNew: false };
		const before = this.seen.get(id);
		// Same change time: the same version, met again in the overlap window.
		if (before === at) return { emit: false, isNew: false };
		this.seen.set(id, at);
		if (at > this.highest) this.highest = at;
		if (this.isFirst) return { emit: false, isNew: false };
		const created = time(createdAt);
		const isNew = before === undefined && Number.isFinite(created) && created >= this.lowerBound;
		return before === undefined ? { emit: true, isNew } : { emit: true, isNew, previousMs: before };
	}

	/** The state to store: watermark moved to the highest change seen, `seen` cut to the window. */
	finish(): WatermarkState {
		const windowStart = this.highest - OVERLAP_MS;
		const kept = [...this.seen].filter(([, at]) => at >= windowStart).sort((a, b) => a[1] - b[1]);
		// A floor still inside the window keeps what it dropped from being read as new again.
		let floor = this.floor !== undefined && this.floor >= windowStart ? this.floor : undefined;
		if (kept.length > MAX_SEEN) {
			// Drop the oldest, and every entry sharing the last dropped time, so that "at or before the
			// floor" means exactly "dropped".
			let cut = kept.length - MAX_SEEN;
			const last = kept[cut - 1][1];
			while (cut < kept.length && kept[cut][1] === last) cut++;
			floor = Math.max(floor ?? last, last);
			kept.splice(0, cut);
		}
		const state: WatermarkState = {
			watch: this.watch,
			watermark: new Date(this.highest).toISOString(),
			seen: Object.fromEntries(kept.map(([id, at]) => [id, new Date(at).toISOString()])),
		};
		if (floor !== undefined) state.floor = new Date(floor).toISOString();
		return state;
	}
}
