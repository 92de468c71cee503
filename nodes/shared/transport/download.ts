import { NodeOperationError, sleep } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import { factorialApiError } from './errors';
import { describeFailure } from './failure';
import { FIRST_ATTEMPT, MAX_RETRIES, decideRetry } from './retryPolicy';

export interface DownloadedFile {
	/** The response body as a stream, so a large file goes to n8n's binary store chunk by chunk. */
	body: unknown;
	headers: Record<string, string>;
}

function checkedUrl(context: IExecuteFunctions, url: string, itemIndex: number): string {
	let parsed: URL | undefined;
	try {
		parsed = new URL(url);
	} catch {
		parsed = undefined;
	}
	if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
		throw new NodeOperationError(context.getNode(), 'Factorial handed out a download URL that is not an http(s) URL', { itemIndex });
	}
	return url;
}

/**
 * Fetches a file from a download URL that Factorial handed out (documents/download_urls).
 *
 * Deliberately without authentication: the URL is temporary and carries its own permission, and it
 * may point to a file host that is not Factorial's API host (storage, CDN). Sending the API key or
 * the OAuth token there, as httpRequestWithAuthentication would, would hand Factorial's credential
 * to that host. Only URLs Factorial returned for this request reach this function, never a URL
 * typed in by a user, so it cannot be used to make n8n fetch arbitrary addresses with the
 * credential's trust. Failures are mapped like every Factorial request; the URL itself is left out
 * of messages, as it grants access to the file until it expires.
 */
export async function downloadFile(
	context: IExecuteFunctions,
	url: string,
	what: string,
	itemIndex: number,
	timeoutMs: number,
): Promise<DownloadedFile> {
	const target = checkedUrl(context, url, itemIndex);
	const label = { method: 'GET', path: what, timeoutMs };
	let attempts = FIRST_ATTEMPT;
	for (;;) {
		try {
			const response = (await context.helpers.httpRequest({
				method: 'GET',
				url: target,
				encoding: 'stream',
				returnFullResponse: true,
				timeout: timeoutMs,
			})) as { body: unknown; headers?: Record<string, unknown> };
			const headers: Record<string, string> = {};
			for (const [key, value] of Object.entries(response.headers ?? {})) {
				if (typeof value === 'string') headers[key.toLowerCase()] = value;
			}
			return { body: response.body, headers };
		} catch (error) {
			const failure = describeFailure(error);
			// An error response's body is an unread stream here: release its socket, keep no body.
			const stream = failure.body as { destroy?: () => void } | undefined;
			if (stream && typeof stream.destroy === 'function') stream.destroy();
			if (typeof failure.body !== 'string') failure.body = undefined;
			// The file host is not Factorial's API: its 429 is not the POST budget, so it is not waited out.
			const decision = decideRetry(failure, 'GET', attempts, { maxRetries: MAX_RETRIES }, { now: Date.now(), random: Math.random() });
			attempts = decision.attempts;
			if (decision.action === 'retry') {
				await sleep(decision.delayMs);
				continue;
			}
			const expired =
				failure.status === 403 || failure.status === 404 || failure.status === 410
					? 'Download URLs from Factorial are temporary; this one may have expired. Run the node again for a new one.'
					: undefined;
			throw factorialApiError(context.getNode(), failure, label, itemIndex, expired);
		}
	}
}

/** The file name from a Content-Disposition header, if it has one. */
export function fileNameFromHeaders(headers: Record<string, string>): string | undefined {
	const disposition = headers['content-disposition'];
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim());
		} catch {
			// fall through to the plain parameter
		}
	}
	const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(disposition);
	const name = plain ? (plain[1] ?? plain[2]).trim() : '';
	return name || undefined;
}
