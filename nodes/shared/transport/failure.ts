// n8n hands errors back wrapped (NodeApiError around an AxiosError, sometimes wrapped again), and
// the shape differs between n8n versions and between API-key and OAuth2 requests. Walking the
// `cause` chain finds the status, headers, body and socket error code wherever they ended up.

export interface HttpFailure {
	status?: number;
	headers: Record<string, string>;
	body?: unknown;
	code?: string;
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
	return typeof value === 'object' && value !== null;
}

function readHeaders(raw: unknown): Record<string, string> {
	const headers: Record<string, string> = {};
	if (!isObject(raw)) return headers;
	const source = typeof raw.toJSON === 'function' ? (raw.toJSON as () => unknown)() : raw;
	if (!isObject(source)) return headers;
	for (const [key, value] of Object.entries(source)) {
		if (typeof value === 'string' || typeof value === 'number') headers[key.toLowerCase()] = String(value);
	}
	return headers;
}

function asStatus(value: unknown): number | undefined {
	const status = typeof value === 'string' ? Number(value) : value;
	return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599
		? status
		: undefined;
}

export function describeFailure(error: unknown): HttpFailure {
	const failure: HttpFailure = { headers: {} };
	const seen = new Set<unknown>();
	for (let current: unknown = error; isObject(current) && !seen.has(current); current = current.cause) {
		seen.add(current);
		const response = current.response;
		if (isObject(response)) {
			failure.status ??= asStatus(response.status) ?? asStatus(response.statusCode);
			if (Object.keys(failure.headers).length === 0) failure.headers = readHeaders(response.headers);
			failure.body ??= response.data ?? response.body;
		}
		failure.status ??= asStatus(current.httpCode) ?? asStatus(current.statusCode);
		if (failure.code === undefined && typeof current.code === 'string') failure.code = current.code;
	}
	return failure;
}

// Socket-level failures where the request may or may not have reached Factorial.
const TRANSPORT_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'EPIPE',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);

// Failures where the request certainly never reached Factorial: the connection was never made
// (no address, no route, nobody listening).
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'UND_ERR_CONNECT_TIMEOUT',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

// The request's own timeout ran out (axios reports its timeout as ECONNABORTED).
const TIMEOUT_CODES = new Set([
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);

export function isNotSent(failure: HttpFailure): boolean {
	return failure.status === undefined && failure.code !== undefined && NOT_SENT_CODES.has(failure.code);
}

export function isTimeout(failure: HttpFailure): boolean {
	return failure.status === undefined && failure.code !== undefined && TIMEOUT_CODES.has(failure.code);
}

export function isTransportFailure(failure: HttpFailure): boolean {
	return (
		failure.status === undefined &&
		failure.code !== undefined &&
		(TRANSPORT_CODES.has(failure.code) || NOT_SENT_CODES.has(failure.code))
	);
}

/** A 3xx: Factorial's API never redirects, so the answer is refused, never followed. */
export function isRedirect(failure: HttpFailure): boolean {
	return failure.status !== undefined && failure.status >= 300 && failure.status < 400;
}

/** A server error or a failed connection: the kind of failure worth another attempt. */
export function isServerOrTransportFailure(failure: HttpFailure): boolean {
	return (failure.status !== undefined && failure.status >= 500) || isTransportFailure(failure);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unusable. */
export function retryAfterMs(failure: HttpFailure, now = Date.now()): number | undefined {
	const raw = failure.headers['retry-after'];
	if (raw === undefined || raw.trim() === '') return undefined;
	const seconds = Number(raw);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(raw);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
