'use strict';
// Cursor pagination as in api-guides/pagination.md: sorted by id ascending, default and max limit 100,
// cursors are base64 of an id (the guide's sample cursors "MTc=" / "Mjc=" decode to "17" / "27").
const { indexAfter, indexAtOrAfter } = require('./store');
const { malformed } = require('./errors');

const MAX_LIMIT = 100;
const encodeCursor = (id) => Buffer.from(String(id), 'utf8').toString('base64');

// Raw ids are accepted too: base64 of digits never decodes to ASCII digits, so there is no ambiguity.
// Returns the id as a string.
function decodeCursor(value) {
	const text = String(value);
	const decoded = Buffer.from(text, 'base64').toString('utf8');
	if (/^\d+$/.test(decoded)) return decoded;
	if (/^\d+$/.test(text)) return text;
	const roundTrips = Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') === text.replace(/=+$/, '');
	return roundTrips ? decoded : null;
}

// Rows are sorted by numeric id; the few virtual lists with non-numeric ids (credentials) are tiny.
function position(rows, value, param, inclusive) {
	const id = decodeCursor(value);
	if (id !== null && /^\d+$/.test(id)) return inclusive ? indexAtOrAfter(rows, Number(id)) : indexAfter(rows, Number(id));
	const at = id === null ? -1 : rows.findIndex((r) => r.id === id);
	if (at < 0) throw malformed(`${param} is not a valid cursor`, param);
	return inclusive ? at : at + 1;
}

function parseLimit(value) {
	if (value === undefined || value === '') return MAX_LIMIT;
	if (!/^\d+$/.test(String(value)) || Number(value) < 1) {
		throw malformed('limit must be a positive integer', 'limit');
	}
	return Math.min(Number(value), MAX_LIMIT);
}

// rows must be sorted by numeric id; returns the { data, meta } list envelope.
function paginate(rows, query) {
	const limit = parseLimit(query.limit);
	const after = query.after_id ? query.after_id : null;
	const before = query.before_id ? query.before_id : null;
	const lo = after === null ? 0 : position(rows, after, 'after_id', false);
	const hi = before === null ? rows.length : Math.max(lo, position(rows, before, 'before_id', true));
	// before_id alone means "the page just before this cursor", like a previous-page link.
	const start = before !== null && after === null ? Math.max(lo, hi - limit) : lo;
	const end = Math.min(hi, start + limit);
	const data = rows.slice(start, end);
	return {
		data,
		meta: {
			has_next_page: end < rows.length,
			has_previous_page: start > 0,
			start_cursor: data.length ? encodeCursor(data[0].id) : null,
			end_cursor: data.length ? encodeCursor(data[data.length - 1].id) : null,
			total: rows.length,
			limit,
		},
	};
}

module.exports = { paginate, encodeCursor, decodeCursor, MAX_LIMIT };
