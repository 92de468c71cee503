'use strict';
// Document files and their temporary download URLs. Factorial's download_urls/bulk_create hands out
// "temporal document urls"; here they point to a separate file host (its own port, no API key, no
// OAuth), so a test can see what a client sends there. A URL is a random token that stops working
// after downloadUrlTtlSec.
const crypto = require('node:crypto');

class FileStore {
	constructor(options) {
		this.options = options;
		this.byDocument = new Map();
		this.tokens = new Map();
		this.baseUrl = null; // the file host's URL, set once it listens
	}

	put(documentId, file) {
		this.byDocument.set(String(documentId), file);
	}

	get(documentId) {
		return this.byDocument.get(String(documentId)) || null;
	}

	remove(documentId) {
		this.byDocument.delete(String(documentId));
	}

	issue(documentId) {
		const token = crypto.randomBytes(24).toString('hex');
		this.tokens.set(token, { documentId: String(documentId), expiresAt: Date.now() + this.options.downloadUrlTtlSec * 1000 });
		return `${this.baseUrl}/files/${token}`;
	}

	// → { file } | { status, message }
	resolve(token) {
		const grant = this.tokens.get(token);
		if (!grant) return { status: 403, message: 'Access denied: unknown download URL' };
		if (Date.now() >= grant.expiresAt) return { status: 403, message: 'Access denied: the download URL has expired' };
		const file = this.get(grant.documentId);
		if (!file) return { status: 404, message: 'The document has no file any more' };
		return { file };
	}
}

// RFC 6266: an ASCII fallback and the UTF-8 name.
function contentDisposition(filename) {
	const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The file host's request handler: GET /files/<token>, logged with every header it received. */
function createFileHandler(state) {
	return function onFileRequest(req, res) {
		const url = new URL(req.url, 'http://127.0.0.1');
		const entry = {
			at: new Date().toISOString(),
			host: 'files',
			method: req.method,
			path: url.pathname,
			query: {},
			body: null,
			headers: { ...req.headers },
			auth: { kind: 'none', credentialId: null },
			status: null,
			fault: null,
		};
		const reply = (status, body, headers) => {
			entry.status = status;
			state.log.add(entry);
			res.writeHead(status, headers);
			res.end(body);
		};
		const match = /^\/files\/([0-9a-f]+)$/.exec(url.pathname);
		if (req.method !== 'GET' || !match) return reply(404, 'Not found', { 'content-type': 'text/plain' });
		const found = state.files.resolve(match[1]);
		if (!found.file) return reply(found.status, found.message, { 'content-type': 'text/plain' });
		const { file } = found;
		return reply(200, file.data, {
			'content-type': file.contentType,
			'content-length': file.data.length,
			'content-disposition': contentDisposition(file.filename),
		});
	};
}

module.exports = { FileStore, createFileHandler, contentDisposition };
