'use strict';
// multipart/form-data bodies (RFC 7578), parsed the way Rack does for Rails: `name[]` parts collect
// into an array under `name`, other repeated names keep the last value, parts with a filename are
// files. Plain JS on Buffers, no dependency.
const crypto = require('node:crypto');
const { malformed } = require('./errors');

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

// Browsers (and the node) escape ", CR and LF in quoted names as %22, %0D, %0A.
const unescapeName = (s) => s.replace(/%22/gi, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');

function boundaryOf(contentType) {
	const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType || '');
	if (!match) throw malformed('multipart/form-data without a boundary');
	return match[1] || match[2];
}

function parseHeaders(text) {
	const headers = {};
	for (const line of text.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function dispositionParam(disposition, name) {
	const match = new RegExp(`;\\s*${name}="([^"]*)"`, 'i').exec(disposition) || new RegExp(`;\\s*${name}=([^;]*)`, 'i').exec(disposition);
	return match ? unescapeName(match[1].trim()) : undefined;
}

/** A parsed form: text fields (strings, arrays for `name[]`) and files ({ filename, contentType, data }). */
class FormBody {
	constructor() {
		this.fields = {};
		this.files = {};
	}

	/** Values for a body spec: booleans from their text, as Rails casts them; files as file objects. */
	valuesFor(spec) {
		const values = { ...this.fields, ...this.files };
		for (const [name, field] of Object.entries(spec)) {
			const value = values[name];
			// A form cannot say "empty list": a client with no entries sends no `name[]` part at all
			// (the SDK's to_multipart does so), which Rails reads as an empty list.
			if (value === undefined && field.type.startsWith('array')) values[name] = [];
			if (typeof value !== 'string') continue;
			if (field.type === 'boolean' && /^(true|1|false|0)$/i.test(value)) values[name] = /^(true|1)$/i.test(value);
			else if (field.type.startsWith('array')) values[name] = [value];
		}
		return values;
	}

	/** What the request log and the write ledger keep: field values, and files by name, type, size and hash. */
	summary() {
		const files = Object.fromEntries(
			Object.entries(this.files).map(([name, f]) => [name, { filename: f.filename, contentType: f.contentType, size: f.data.length, sha256: f.sha256 }]),
		);
		return { ...this.fields, ...files };
	}
}

function parseMultipart(raw, contentType) {
	const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
	const form = new FormBody();
	if (raw.indexOf(delimiter) !== 0) throw malformed('multipart body does not start with its boundary');
	let pos = delimiter.length;
	for (;;) {
		if (raw[pos] === 0x2d && raw[pos + 1] === 0x2d) return form; // closing "--boundary--"
		if (raw[pos] !== 0x0d || raw[pos + 1] !== 0x0a) throw malformed('multipart boundary not followed by CRLF');
		const headerEnd = raw.indexOf(HEADER_END, pos + 2);
		if (headerEnd < 0) throw malformed('multipart part without the blank line after its headers');
		const headers = parseHeaders(raw.subarray(pos + 2, headerEnd).toString('utf8'));
		const start = headerEnd + HEADER_END.length;
		const end = raw.indexOf(Buffer.concat([CRLF, delimiter]), start);
		if (end < 0) throw malformed('multipart part is not closed by the boundary');
		const disposition = headers['content-disposition'] || '';
		let name = dispositionParam(disposition, 'name');
		if (!/^form-data/i.test(disposition) || name === undefined) throw malformed('multipart part without Content-Disposition: form-data; name');
		const data = raw.subarray(start, end);
		const filename = dispositionParam(disposition, 'filename');
		if (filename !== undefined) {
			form.files[name] = {
				filename,
				contentType: headers['content-type'] || 'application/octet-stream',
				data,
				sha256: crypto.createHash('sha256').update(data).digest('hex'),
			};
		} else if (/^[^[\]]+\[\]\[[^[\]]+\]$/.test(name)) {
			// Rails' list of objects: `items[][name]` parts; a key seen again starts the next object.
			const [, list, key] = /^([^[\]]+)\[\]\[([^[\]]+)\]$/.exec(name);
			const rows = Array.isArray(form.fields[list]) ? form.fields[list] : (form.fields[list] = []);
			if (rows.length === 0 || typeof rows.at(-1) !== 'object' || key in rows.at(-1)) rows.push({});
			rows.at(-1)[key] = data.toString('utf8');
		} else if (name.endsWith('[]')) {
			name = name.slice(0, -2);
			(form.fields[name] = Array.isArray(form.fields[name]) ? form.fields[name] : []).push(data.toString('utf8'));
		} else {
			form.fields[name] = data.toString('utf8');
		}
		pos = end + CRLF.length + delimiter.length;
	}
}

const isMultipart = (contentType) => /^multipart\/form-data/i.test(contentType || '');

module.exports = { parseMultipart, isMultipart, FormBody };
