'use strict';
// Bounded request log: a 20,000-request benchmark must not grow memory without limit, so the oldest
// entries are dropped past `limit`; seq numbers and the counters in stats stay exact.

class RequestLog {
	constructor(limit) {
		this.limit = limit;
		this.entries = [];
		this.head = 0; // entries before head were dropped; compacted lazily to keep push O(1)
		this.seq = 0;
		this.dropped = 0;
	}

	add(entry) {
		const full = { seq: ++this.seq, ...entry };
		this.entries.push(full);
		if (this.entries.length - this.head > this.limit) {
			this.head++;
			this.dropped++;
			if (this.head >= this.limit) {
				this.entries = this.entries.slice(this.head);
				this.head = 0;
			}
		}
		return full;
	}

	since(seq = 0) {
		const live = this.entries.slice(this.head);
		// seq is dense and increasing, so the start index can be computed instead of searched.
		const first = live.length ? live[0].seq : this.seq + 1;
		return live.slice(Math.max(0, seq - first + 1));
	}

	reset() {
		this.entries = [];
		this.head = 0;
	}

	get size() {
		return this.entries.length - this.head;
	}
}

module.exports = { RequestLog };
