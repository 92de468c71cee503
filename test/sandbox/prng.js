'use strict';
// Seeded randomness so that seeds, tokens and fault sequences repeat exactly from run to run.
const crypto = require('node:crypto');

// mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded.
function createPrng(seed) {
	let a = (Number(seed) >>> 0) || 0x9e3779b9;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => list[Math.floor(next() * list.length)],
		chance: (p) => next() < p,
	};
}

// Secrets derive from (seed, purpose, counter) rather than a PRNG stream, so that issuing one more
// token never shifts the values of the others.
function secretFactory(seed) {
	let counter = 0;
	const derive = (purpose, n) =>
		crypto.createHash('sha256').update(`${seed}:${purpose}:${n}`).digest('hex');
	return {
		fixed: (purpose, length = 32) => derive(purpose, 'fixed').slice(0, length),
		next: (purpose, length = 40) => derive(purpose, ++counter).slice(0, length),
	};
}

module.exports = { createPrng, secretFactory };
