import { randomString } from 'n8n-workflow';

/** A file to send as one part, read only when the request is sent (and again if it is resent). */
export interface FileSource {
	fileName: string;
	mimeType: string;
	/** Exact size in bytes: the body's Content-Length is computed from it. */
	size: number;
	open(): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
}

export type FormValue = string | FileSource;

export interface FormField {
	name: string;
	value: FormValue;
}

const CRLF = '\r\n';

function isFile(value: FormValue): value is FileSource {
	return typeof value === 'object';
}

// As browsers (and the HTML standard) escape names in Content-Disposition: a quote or a line break
// in a file name must not end the header or start a new one.
function quoted(text: string): string {
	return `"${text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

function partHeader(boundary: string, field: FormField): string {
	const { name, value } = field;
	const disposition = `Content-Disposition: form-data; name=${quoted(name)}`;
	if (!isFile(value)) return `--${boundary}${CRLF}${disposition}${CRLF}${CRLF}`;
	const type = value.mimeType.replace(/[\r\n]/g, '') || 'application/octet-stream';
	return `--${boundary}${CRLF}${disposition}; filename=${quoted(value.fileName)}${CRLF}Content-Type: ${type}${CRLF}${CRLF}`;
}

/**
 * A multipart/form-data body that is a recipe, not a stream: every send reads the files afresh.
 * So a body can be sent again after a 429, a connection failure before it was sent, or n8n's OAuth2
 * refresh after a 401 (n8n resends a request after refreshing the token unless its body is a
 * Node stream or a form-data instance, which a first attempt consumed). Files are streamed in
 * chunks, never held whole in memory.
 *
 * n8n's HTTP stack (axios) sends a Blob body as a stream of `stream()`, with `type` as Content-Type
 * and `size` as Content-Length; this object answers to that interface (Symbol.toStringTag 'Blob'),
 * because a real Blob would have to hold the file in memory.
 */
export class MultipartForm {
	readonly type: string;

	readonly size: number;

	readonly fields: FormField[];

	private readonly boundary: string;

	constructor(fields: FormField[]) {
		this.boundary = `----n8nFactorialBoundary${randomString(24)}`;
		this.type = `multipart/form-data; boundary=${this.boundary}`;
		this.fields = fields;
		let size = Buffer.byteLength(`--${this.boundary}--${CRLF}`);
		for (const field of fields) {
			size += Buffer.byteLength(partHeader(this.boundary, field));
			size += isFile(field.value) ? field.value.size : Buffer.byteLength(field.value);
			size += CRLF.length;
		}
		this.size = size;
	}

	get [Symbol.toStringTag](): string {
		return 'Blob';
	}

	/** Field names and values for logs and tests; files by name, type and size. */
	describe(): Record<string, unknown> {
		return Object.fromEntries(
			this.fields.map(({ name, value }) => [
				name,
				isFile(value) ? { fileName: value.fileName, mimeType: value.mimeType, size: value.size } : value,
			]),
		);
	}

	async *stream(): AsyncGenerator<Uint8Array> {
		for (const field of this.fields) {
			yield Buffer.from(partHeader(this.boundary, field));
			if (isFile(field.value)) {
				let sent = 0;
				for await (const chunk of await field.value.open()) {
					sent += chunk.length;
					yield chunk;
				}
				// A wrong Content-Length would make the server wait for bytes that never come, or cut the
				// next part: fail the request instead.
				if (sent !== field.value.size) {
					throw new Error(`The file "${field.value.fileName}" had ${sent} bytes, not the ${field.value.size} its metadata announced`);
				}
			} else {
				yield Buffer.from(field.value);
			}
			yield Buffer.from(CRLF);
		}
		yield Buffer.from(`--${this.boundary}--${CRLF}`);
	}
}

/**
 * The fields of a request body as multipart fields, the way Rails reads them: an array becomes one
 * `name[]` part per entry (an empty array sends nothing), booleans and numbers their text.
 */
export function toFormFields(body: Record<string, unknown>, files: Record<string, FileSource>): FormField[] {
	const fields: FormField[] = [];
	for (const [name, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) {
			for (const entry of value) fields.push({ name: `${name}[]`, value: String(entry) });
		} else if (typeof value === 'object') {
			fields.push({ name, value: JSON.stringify(value) });
		} else {
			fields.push({ name, value: String(value) });
		}
	}
	for (const [name, file] of Object.entries(files)) fields.push({ name, value: file });
	return fields;
}
