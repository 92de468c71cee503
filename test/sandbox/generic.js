'use strict';
// The generic layer: every endpoint of the catalog (catalog.js) that no hand-written resource owns
// answers with Factorial's shapes and rules that hold everywhere, so that an operation for a new
// area is tested without new sandbox code:
// - list: cursor pages (pagination.js) of records shaped by the endpoint's object type; required
//   query parameters, their types and choices are checked; `ids[]`, `<field>_ids[]` and scalar
//   filters named like an object field narrow the list;
// - get / update / delete by id (404 when it does not exist); create stores what it was sent;
// - bodies are checked against the catalog (required, types, choices, nested objects): a 422
//   validation_failed naming the field; unknown fields are dropped and reported, as hand-written
//   resources do; unknown query parameters are reported too;
// - actions (POST namespace/resource/action): a body `id` names a record, which takes the body's
//   object fields; without one, a record is made from the body; bulk actions (array answers) answer
//   one record per entry of the body's list of objects, else the records its `ids` name.
// A resource path owned by a hand-written entry is never served here, even for endpoints the entry
// leaves out: those are left out on purpose (the sandbox README lists them).
const catalog = require('./catalog');
const { paginate } = require('./pagination');
const { ApiError, invalid, malformed, notFound } = require('./errors');
const { FormBody } = require('./multipart');
const { RULES: BULK_RULES } = require('./bulk-rules');

const FIRST_ID = 1000001; // generic ids start here, 10,000 per resource path: far from hand-written ones
const ID_SPAN = 10000;
const SEEDED = 3;

const blank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// A plausible value for an object field, from its name and type; `n` makes seeded rows differ.
function sampleValue(field, n, fixtures) {
	if (field.enum && field.enum.length) return field.enum[(n - 1) % field.enum.length];
	const name = field.name;
	switch (field.type) {
		case 'number':
			return /year/.test(name) ? 2026 : /month/.test(name) ? ((n - 1) % 12) + 1 : n;
		case 'boolean':
			return n % 2 === 0;
		case 'array':
			return [];
		case 'object':
			return field.properties ? Object.fromEntries(field.properties.map((p) => [p.name, sampleValue(p, n, fixtures)])) : {};
		case 'string':
			if (name === 'company_id') return fixtures.companyId;
			if (name === 'employee_id' || name.endsWith('employee_id')) return fixtures.employeeId;
			if (name.endsWith('_id') || name === 'id') return String(n);
			if (/(_on|_date|^date|^day)$/.test(name)) return `2026-09-${String(n).padStart(2, '0')}`;
			if (/_at$/.test(name)) return `2026-09-${String(n).padStart(2, '0')}T09:00:00.000Z`;
			if (/email/.test(name)) return `generic${n}@sandbox.invalid`;
			if (/url$/.test(name)) return `https://files.sandbox.invalid/${name}/${n}`;
			if (/currency/.test(name)) return 'EUR';
			if (/_decimal$/.test(name)) return `${n}.00`;
			return `${name.replace(/_/g, ' ')} ${n}`;
		default:
			return null;
	}
}

// Every field of the object type present, in the catalog's order. fill: 'all' (seeded rows) or
// 'required' (written rows: what was not sent is null, unless the object requires a value).
function shape(typeName, values, n, fixtures, fill) {
	const out = {};
	for (const field of catalog.objectFields(typeName)) {
		if (has(values, field.name)) out[field.name] = values[field.name];
		else if (fill === 'all' || (fill === 'required' && field.required)) out[field.name] = sampleValue(field, n, fixtures);
		else out[field.name] = field.type === 'array' ? [] : null;
	}
	return out;
}

const TYPE_CHECKS = {
	string: (v) => typeof v === 'string',
	number: (v) => typeof v === 'number' && Number.isFinite(v),
	boolean: (v) => typeof v === 'boolean',
	array: (v) => Array.isArray(v),
	object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
	binary: (v) => typeof v === 'object' && v !== null && Buffer.isBuffer(v.data),
};

// Checks one value against its catalog field (items and properties included); `where` names it in
// the error as Factorial's envelope does (`lines[0].amount` for nested ones).
function checkValue(field, value, where) {
	const check = TYPE_CHECKS[field.type];
	if (check && !check(value)) throw invalid(where, `${where} must be of type ${field.type}`);
	if (field.enum && !field.enum.includes(value)) throw invalid(where, `${where} must be one of: ${field.enum.join(', ')}`);
	if (field.type === 'array' && field.items) value.forEach((entry, i) => checkValue(field.items, entry, `${where}[${i}]`));
	if (field.type === 'object' && field.properties) checkFields(field.properties, value, `${where}.`);
}

function checkFields(fields, body, prefix = '') {
	const values = {};
	for (const field of fields) {
		const value = body[field.name];
		if (field.required && blank(value)) throw invalid(`${prefix}${field.name}`, `${prefix}${field.name} can't be blank`);
		if (!has(body, field.name)) continue;
		if (value !== null) checkValue(field, value, `${prefix}${field.name}`);
		values[field.name] = value;
	}
	return values;
}

// A multipart form's text values typed as the catalog says (Rails casts them the same way).
// Lists arrive as `name` (their parts are `name[]`), where the catalog calls the field `name[]`.
function formValues(form, fields) {
	const values = {};
	for (const [key, value] of Object.entries({ ...form.fields, ...form.files })) {
		values[!fields.some((f) => f.name === key) && fields.some((f) => f.name === `${key}[]`) ? `${key}[]` : key] = value;
	}
	for (const field of fields) {
		const value = values[field.name];
		if (Array.isArray(value) && field.items && field.items.properties) {
			values[field.name] = value.map((row) => (row && typeof row === 'object' ? formValues({ fields: row, files: {} }, field.items.properties) : row));
		}
		if (typeof value !== 'string') continue;
		if (field.type === 'boolean' && /^(true|1|false|0)$/i.test(value)) values[field.name] = /^(true|1)$/i.test(value);
		else if (field.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) values[field.name] = Number(value);
		else if (field.type === 'array') values[field.name] = [value];
	}
	return values;
}

function checkBody(operation, rawBody) {
	const fields = (operation.body && operation.body.fields) || [];
	let body = rawBody === undefined ? {} : rawBody;
	if (body instanceof FormBody) body = formValues(body, fields);
	else if (!body || typeof body !== 'object' || Array.isArray(body)) throw malformed('The request body must be a JSON object');
	const values = checkFields(fields, body);
	const unknown = Object.keys(body).filter((key) => !fields.some((f) => f.name === key));
	return { values, unknown };
}

const BOOL = /^(true|false|1|0)$/i;

// Required parameters, types and choices of the query; returns the names the endpoint does not know.
function checkQuery(operation, query) {
	const known = new Set(['limit', 'after_id', 'before_id']);
	for (const param of operation.query) {
		known.add(param.name);
		if (param.type === 'object') {
			// Rails' nested parameters: name[key]=value, one per property.
			const present = (param.properties || []).filter((p) => query[`${param.name}[${p.name}]`] !== undefined);
			for (const p of param.properties || []) known.add(`${param.name}[${p.name}]`);
			if (present.length === 0) {
				if (param.required) throw malformed(`${param.name} is required`, param.name);
				continue;
			}
			for (const p of param.properties || []) {
				const value = query[`${param.name}[${p.name}]`];
				if (value === undefined && p.required) throw malformed(`${param.name}[${p.name}] is required`, `${param.name}[${p.name}]`);
				if (value !== undefined && p.type === 'boolean' && !BOOL.test(value)) throw malformed(`${param.name}[${p.name}] must be true or false`, `${param.name}[${p.name}]`);
			}
			continue;
		}
		const value = query[param.name];
		if (value === undefined || (Array.isArray(value) && value.length === 0)) {
			if (param.required) throw malformed(`${param.name} is required`, param.name);
			continue;
		}
		const list = Array.isArray(value) ? value : [value];
		// 16 parameters are named `x[]` but typed as one value in the catalog: one value only.
		if (param.type !== 'array' && list.length > 1) throw malformed(`${param.name} takes one value`, param.name);
		const scalarType = param.type === 'array' ? (param.items && param.items.type) || 'string' : param.type;
		const choices = param.type === 'array' ? param.items && param.items.enum : param.enum;
		for (const entry of list) {
			if (scalarType === 'boolean' && !BOOL.test(entry)) throw malformed(`${param.name} must be true or false`, param.name);
			if (scalarType === 'number' && !Number.isFinite(Number(entry))) throw malformed(`${param.name} must be a number`, param.name);
			if (choices && !choices.includes(entry)) throw malformed(`${param.name} must be one of: ${choices.join(', ')}`, param.name);
		}
	}
	return Object.keys(query).filter((key) => !known.has(key));
}

// Filters that mean the same on every resource: ids[], <field>_ids[] and a scalar named like a field.
function listPredicates(operation, query, fieldsByName) {
	const predicates = [];
	for (const param of operation.query) {
		const value = query[param.name];
		if (value === undefined) continue;
		const base = param.name.replace(/\[\]$/, '');
		const values = (Array.isArray(value) ? value : [value]).map(String);
		if (base === 'ids') predicates.push((r) => values.includes(String(r.id)));
		else if (base.endsWith('_ids') && fieldsByName.has(base.slice(0, -1))) {
			const field = base.slice(0, -1);
			predicates.push((r) => values.includes(String(r[field])));
		} else if (fieldsByName.has(base) && ['string', 'boolean', 'number'].includes(fieldsByName.get(base).type)) {
			const type = fieldsByName.get(base).type;
			const wanted = type === 'boolean' ? values.map((v) => /^(true|1)$/i.test(v)) : values;
			predicates.push((r) => r[base] === null || wanted.some((w) => (type === 'boolean' ? r[base] === w : String(r[base]) === w)));
		}
	}
	return predicates;
}

function createGeneric(env, ownedPaths) {
	const { store, fixtures } = env;
	const indexOf = new Map([...catalog.resourcePaths.keys()].map((p, i) => [p, i]));
	const nowIso = () => {
		const { clockFrozenAt, clockOffsetMs } = env.options;
		return new Date(clockFrozenAt ? Date.parse(clockFrozenAt) : Date.now() + (clockOffsetMs || 0)).toISOString();
	};

	// Collections are made, and seeded with a few rows, on first use: 176 paths x rows at start-up
	// would cost every test for endpoints most never call.
	function collectionFor(resourcePath) {
		const name = `generic:${resourcePath}`;
		if (store.has(name)) return store.get(name);
		const collection = store.add(name, FIRST_ID + indexOf.get(resourcePath) * ID_SPAN);
		const { objectType } = catalog.resourcePaths.get(resourcePath);
		for (let n = 1; n <= SEEDED; n++) collection.insert(shape(objectType, {}, n, fixtures, 'all'));
		return collection;
	}

	function stamp(typeName, record, creating) {
		const names = new Set(catalog.objectFields(typeName).map((f) => f.name));
		const at = nowIso();
		if (names.has('updated_at')) record.updated_at = at;
		if (creating && names.has('created_at')) record.created_at = at;
		return record;
	}

	const objectPart = (typeName, values) => {
		const names = new Set(catalog.objectFields(typeName).map((f) => f.name));
		return Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'id' && names.has(key)));
	};

	function find(collection, id, typeName) {
		const record = collection.get(id);
		if (!record) throw notFound(`${typeName} ${id} not found`);
		return record;
	}

	function bulkAnswer(operation, collection, typeName, values) {
		const listOfObjects = Object.values(values).find((v) => Array.isArray(v) && v.length && v.every((e) => e && typeof e === 'object' && !Array.isArray(e)));
		if (listOfObjects) {
			return listOfObjects.map((entry) => {
				const fields = objectPart(typeName, entry);
				if (entry.id !== undefined && collection.get(entry.id)) return collection.update(entry.id, stamp(typeName, fields, false));
				return collection.insert(stamp(typeName, shape(typeName, fields, 1, fixtures, 'required'), true));
			});
		}
		const ids = Array.isArray(values.ids) ? values.ids : [];
		return ids.map((id) => collection.get(id)).filter(Boolean);
	}

	// approve → status "approved", reject → "rejected", where the object's status has that choice.
	function statusAfter(typeName, action) {
		const status = catalog.objectFields(typeName).find((f) => f.name === 'status' && f.enum);
		const done = status && status.enum.find((v) => v === `${action}d` || v === `${action}ed`);
		return done ? { status: done } : {};
	}

	function runAction(operation, collection, typeName, values, action) {
		const status = operation.response.status;
		if (operation.response.kind === 'other') {
			return { status, body: bulkAnswer(operation, collection, typeName, values), applied: true };
		}
		if (values.id !== undefined && values.id !== null) {
			const record = find(collection, values.id, typeName);
			collection.update(record.id, stamp(typeName, { ...objectPart(typeName, values), ...statusAfter(typeName, action) }, false));
			return { status, body: record, applied: true };
		}
		const record = collection.insert(stamp(typeName, shape(typeName, objectPart(typeName, values), 1, fixtures, 'required'), true));
		return { status, body: record, applied: true };
	}

	// segments: the path after /api/<version>/resources/, split on "/". null when not served here.
	function handle({ method, segments, query, body }) {
		if (segments.length < 2 || segments.length > 3) return null;
		const resourcePath = `${segments[0]}/${segments[1]}`;
		if (ownedPaths.has(resourcePath)) return null;
		const extra = segments[2];
		const tail = extra === undefined ? '' : method === 'POST' ? extra : '{id}';
		const operation = catalog.find(method, resourcePath, tail);
		if (!operation) return null;
		const typeName = operation.response.objectType;
		const collection = collectionFor(resourcePath);
		const unknownQuery = checkQuery(operation, query || {});
		const extras = unknownQuery.length ? { unknownQuery } : {};
		if (method === 'GET' && tail === '') {
			const fieldsByName = new Map(catalog.objectFields(typeName).map((f) => [f.name, f]));
			const predicates = listPredicates(operation, query || {}, fieldsByName);
			const rows = collection.all().filter((r) => predicates.every((p) => p(r)));
			return { status: 200, body: paginate(rows, query || {}), ...extras };
		}
		if (method === 'GET') return { status: 200, body: find(collection, extra, typeName), ...extras };
		if (method === 'DELETE') {
			const record = find(collection, extra, typeName);
			collection.remove(record.id);
			return { status: 200, body: record, applied: true, ...extras };
		}
		const { values, unknown } = checkBody(operation, body);
		const result = (() => {
			if (method === 'PUT') {
				const record = find(collection, extra, typeName);
				if (values.id !== undefined && values.id !== null && String(values.id) !== record.id) {
					throw invalid('id', `id in the body (${values.id}) must match the id in the path (${record.id})`);
				}
				collection.update(record.id, stamp(typeName, objectPart(typeName, values), false));
				return { status: operation.response.status, body: record, applied: true };
			}
			if (tail === '') {
				const record = collection.insert(stamp(typeName, shape(typeName, objectPart(typeName, values), 1, fixtures, 'required'), true));
				return { status: operation.response.status, body: record, applied: true };
			}
			const rule = BULK_RULES[`${resourcePath}/${tail}`];
			if (rule) {
				const io = {
					collection,
					make: (fields) => collection.insert(stamp(typeName, shape(typeName, objectPart(typeName, fields), 1, fixtures, 'required'), true)),
					update: (id, fields) => collection.update(id, stamp(typeName, objectPart(typeName, fields), false)),
				};
				return { status: operation.response.status, body: rule(io, values), applied: true };
			}
			return runAction(operation, collection, typeName, values, tail);
		})();
		return { ...result, unknown, ...extras };
	}

	return {
		handle,
		/** Rows of a generic collection by "namespace/resource" (made and seeded if needed), or null. */
		records: (resourcePath) => (catalog.resourcePaths.has(resourcePath) && !ownedPaths.has(resourcePath) ? collectionFor(resourcePath).all() : null),
	};
}

module.exports = { createGeneric, sampleValue, checkQuery, checkBody, FIRST_ID, ID_SPAN, SEEDED, ApiError };
