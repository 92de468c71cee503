'use strict';
// In-memory collections. Ids are numeric strings handed out in increasing order, so an array kept in
// insertion order is also sorted by id: list pages are a binary search away, even with 20,000 rows.

const idNum = (id) => Number(id);

class Collection {
	constructor(name, firstId = 1) {
		this.name = name;
		this.byId = new Map();
		this.rows = [];
		this.nextId = firstId;
		// Bumped on every change so that derived indexes (e.g. "who manages someone") can be cached.
		this.version = 0;
	}

	get size() {
		return this.rows.length;
	}

	all() {
		return this.rows;
	}

	get(id) {
		return this.byId.get(String(id));
	}

	// Takes ownership of `record` and gives it the next id.
	insert(record) {
		const id = String(this.nextId++);
		record.id = id;
		this.byId.set(id, record);
		this.rows.push(record);
		this.version++;
		return record;
	}

	// Mutates in place so that references held by in-process tests stay live.
	update(id, changes) {
		const record = this.get(id);
		Object.assign(record, changes, { id: record.id });
		this.version++;
		return record;
	}

	remove(id) {
		const record = this.get(id);
		if (!record) return null;
		this.byId.delete(record.id);
		this.rows.splice(indexAfter(this.rows, idNum(record.id) - 1), 1);
		this.version++;
		return record;
	}
}

// Index of the first row whose id is greater than n (rows sorted by numeric id).
function indexAfter(rows, n) {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (idNum(rows[mid].id) > n) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

// Index of the first row whose id is greater than or equal to n.
const indexAtOrAfter = (rows, n) => indexAfter(rows, n - 1e-9);

class Store {
	constructor() {
		this.collections = new Map();
	}

	add(name, firstId) {
		const collection = new Collection(name, firstId);
		this.collections.set(name, collection);
		return collection;
	}

	get(name) {
		const collection = this.collections.get(name);
		if (!collection) throw new Error(`sandbox: no collection "${name}"`);
		return collection;
	}

	has(name) {
		return this.collections.has(name);
	}
}

module.exports = { Store, Collection, indexAfter, indexAtOrAfter };
