import { randomString } from 'n8n-workflow';

/** Factorial sends the subscription's challenge back in this header on every delivery. */
export const CHALLENGE_HEADER = 'x-factorial-wh-challenge';

/**
 * A new secret for one subscription. n8n-workflow's randomString draws from the platform's
 * cryptographic generator (crypto.getRandomValues); 48 alphanumerics carry about 285 bits.
 */
export function newChallenge(): string {
	return randomString(48);
}

/**
 * Whether `given` equals `expected`, looking at every character of `expected` whatever the
 * outcome, so the answer time does not tell a caller how much of a guess was right.
 */
export function sameChallenge(given: string, expected: string): boolean {
	let difference = given.length ^ expected.length;
	for (let index = 0; index < expected.length; index++) {
		// Past the end of `given`, charCodeAt is NaN, which a bitwise operator reads as 0.
		difference |= given.charCodeAt(index) ^ expected.charCodeAt(index);
	}
	return difference === 0 && expected.length > 0;
}
