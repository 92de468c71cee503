'use strict';
// Generic collection engine: every resource is a data entry (see resources/), and this file turns
// entries into list / get / create / update / delete / named POST actions with the shared rules of
// the 2026-10-01 API. Entries are checked against the fact files at start-up, so an entry cannot
// serve an endpoint, a filter or a field that Factorial does not have.
const facts = require('./facts');
const { paginate } = require('./pagination');
const { validateBody } = require('./validate');
const { ApiError, notFound, invalid } = require('./errors');
const { flag } = require('./filters');
const { FormBody } = require('./multipart');

// A multipart body is read against the same field spec as JSON, its text values typed first.
const bodyValues = (fields, body) => validateBody(fields, body instanceof FormBody ? body.valuesFor(fields) : body);

const OPS = {
	list: ['GET', ''],
	get: ['GET', '/{id}'],
	create: ['POST', ''],
	update: ['PUT', '/{id}'],
	delete: ['DELETE', '/{id}'],
};

// Every object field is present in responses (null when unknown), in the order the spec lists them;
// array fields get a fresh [] per record. Compiled to one object literal because 20,000 records
// built key by key cost most of the start-up time.
function recordFactory(objectFields) {
	const props = Object.entries(objectFields).map(([name, spec]) => {
		const key = JSON.stringify(name);
		return `${key}: f[${key}] !== undefined ? f[${key}] : ${spec.type.startsWith('array') ? '[]' : 'null'}`;
	});
	return new Function('f', `return {${props.join(',')}};`);
}

function prepareEntry(entry) {
	const where = `sandbox resource ${entry.path}`;
	const ops = new Set(entry.ops || []);
	for (const op of ops) {
		const [method, suffix] = OPS[op] || [];
		if (!method) throw new Error(`${where}: unknown op ${op}`);
		if (!facts.hasEndpoint(method, entry.path, suffix)) throw new Error(`${where}: ${method}${suffix} is not in the spec`);
	}
	const actions = {};
	for (const [name, action] of Object.entries(entry.actions || {})) {
		if (!facts.hasEndpoint('POST', entry.path, `/${name}`)) throw new Error(`${where}: action ${name} is not in the spec`);
		const fields = action.fields || facts.bodyFields('POST', entry.path, `/${name}`);
		if (!fields) throw new Error(`${where}: no body fields for action ${name}`);
		actions[name] = { ...action, fields };
	}
	const bodyFor = (op, method, suffix, override) => {
		if (!ops.has(op)) return null;
		const fields = override || facts.bodyFields(method, entry.path, suffix);
		if (!fields) throw new Error(`${where}: no body fields for ${op}`);
		return fields;
	};
	const params = facts.listParams(entry.path) || {};
	const softDelete = entry.softDelete || null;
	for (const key of [...Object.keys(entry.filters || {}), ...(softDelete ? [softDelete.shownBy] : [])]) {
		if (!params[key]) throw new Error(`${where}: filter ${key} is not in list-filters`);
	}
	const objectFields = entry.object ? facts.objectFields(entry.object) : null;
	return {
		...entry,
		name: entry.name || entry.path.split('/')[1],
		ops,
		actions,
		objectFields,
		createFields: bodyFor('create', 'POST', '', entry.createFields),
		updateFields: bodyFor('update', 'PUT', '/{id}', entry.updateFields),
		build: objectFields ? recordFactory(objectFields) : null,
	};
}

function createEngine(entries, env) {
	const prepared = entries.map(prepareEntry);
	const byPath = new Map(prepared.map((e) => [e.path, e]));
	// Record timestamps follow the sandbox clock (options clockOffsetMs / clockFrozenAt).
	const nowIso = () => {
		const { clockFrozenAt, clockOffsetMs } = env.options;
		return new Date(clockFrozenAt ? Date.parse(clockFrozenAt) : Date.now() + (clockOffsetMs || 0)).toISOString();
	};
	const ctxFor = (entry, principal) => {
		const ctx = { ...env, entry, principal, collection: entry.records ? null : env.store.get(entry.name), now: nowIso };
		// For action runners that write rows themselves: the engine's stamps, derived fields and hooks.
		ctx.create = (fields) => afterWrite(ctx, insert(ctx, stamp(ctx, fields, true)));
		ctx.change = (record, changes) => {
			ctx.collection.update(record.id, stamp(ctx, changes, false));
			return afterWrite(ctx, finishWrite(ctx, record));
		};
		return ctx;
	};

	// Object fields only: body names map through `renames`, and anything else (contract dates,
	// open_backfill, ...) is accepted by the endpoint but not part of the stored object.
	function toRecordFields(entry, values) {
		const out = {};
		for (const [key, value] of Object.entries(values)) {
			const target = (entry.renames && entry.renames[key]) || key;
			if (key === 'id' || (entry.readOnly || []).includes(key)) continue;
			if (Object.prototype.hasOwnProperty.call(entry.objectFields, target)) out[target] = value;
		}
		return out;
	}

	function checkReferences(ctx, values) {
		const { entry, store, fixtures } = ctx;
		if (values.company_id != null && values.company_id !== fixtures.companyId) {
			throw invalid('company_id', `company_id ${values.company_id} does not exist`);
		}
		for (const [field, collectionName] of Object.entries(entry.refs || {})) {
			const value = values[field];
			if (value != null && !store.get(collectionName).get(value)) {
				throw invalid(field, `${field} ${value} does not exist`);
			}
		}
	}

	function finishWrite(ctx, record) {
		if (ctx.entry.derive) Object.assign(record, ctx.entry.derive(record, ctx));
		return record;
	}

	// Side effects on other collections (team members from memberships, ...) after API writes only:
	// seeds link rows themselves, in bulk.
	function afterWrite(ctx, record) {
		if (ctx.entry.afterWrite) ctx.entry.afterWrite(ctx, record);
		return record;
	}

	// softDelete: { field, shownBy }: DELETE stamps `field` instead of removing the row; such rows are
	// gone for get/update/actions and hidden from lists unless the `shownBy` flag is true.
	const isDeleted = (entry, record) => Boolean(entry.softDelete && record[entry.softDelete.field] != null);

	function stamp(ctx, fields, creating) {
		const at = ctx.now();
		const of = ctx.entry.objectFields;
		if (of.updated_at) fields.updated_at = at;
		if (creating && of.created_at) fields.created_at = at;
		return fields;
	}

	function insert(ctx, fields) {
		return finishWrite(ctx, ctx.collection.insert(ctx.entry.build(fields)));
	}

	function findOr404(ctx, id) {
		const record = ctx.collection.get(id);
		if (!record || isDeleted(ctx.entry, record)) throw notFound(`${ctx.entry.object || ctx.entry.name} ${id} not found`);
		return record;
	}

	function buildFilters(entry, query, ctx) {
		const predicates = [];
		for (const [key, build] of Object.entries(entry.filters || {})) {
			if (query[key] === undefined) continue;
			try {
				const predicate = build(query[key], ctx);
				if (predicate) predicates.push(predicate);
			} catch (error) {
				if (error instanceof ApiError && error.field === null) error.field = key;
				throw error;
			}
		}
		return predicates;
	}

	const handlers = {
		list(ctx, { query }) {
			ctx.query = query; // filters that interact (approved + include_pending) read each other
			const rows = ctx.entry.records ? ctx.entry.records(ctx) : ctx.collection.all();
			const predicates = buildFilters(ctx.entry, query, ctx);
			// listScope: which rows a list shows when no filter says otherwise (e.g. not the trashed ones).
			const scope = ctx.entry.listScope ? ctx.entry.listScope(query, ctx) : null;
			if (scope) predicates.push(scope);
			const soft = ctx.entry.softDelete;
			if (soft && !(query[soft.shownBy] !== undefined && flag(query[soft.shownBy], soft.shownBy))) {
				predicates.push((r) => r[soft.field] == null);
			}
			const matching = predicates.length ? rows.filter((r) => predicates.every((p) => p(r))) : rows;
			return { status: 200, body: paginate(matching, query) };
		},
		get(ctx, { id }) {
			return { status: 200, body: findOr404(ctx, id) };
		},
		create(ctx, { body }) {
			const { values, unknown } = bodyValues(ctx.entry.createFields, body);
			checkReferences(ctx, values);
			if (ctx.entry.validate) ctx.entry.validate(ctx, values, null);
			// findExisting: creates that upsert (a membership for an employee already in the team).
			const existing = ctx.entry.findExisting ? ctx.entry.findExisting(ctx, values) : null;
			if (existing) {
				ctx.collection.update(existing.id, stamp(ctx, toRecordFields(ctx.entry, values), false));
				return { status: 200, body: afterWrite(ctx, finishWrite(ctx, existing)), applied: true, unknown };
			}
			const defaults = ctx.entry.defaults ? ctx.entry.defaults(ctx, values) : {};
			const record = insert(ctx, stamp(ctx, { ...defaults, ...toRecordFields(ctx.entry, values) }, true));
			return { status: 201, body: afterWrite(ctx, record), applied: true, unknown };
		},
		update(ctx, { id, body }) {
			const record = findOr404(ctx, id);
			const { values, unknown } = bodyValues(ctx.entry.updateFields, body);
			// Only the SDK's leave-type PUT leaves body.id optional; when sent it must match.
			const idSpec = ctx.entry.updateFields.id;
			if (((idSpec && idSpec.required) || values.id !== undefined) && values.id !== record.id) throw invalid('id', `id in the body (${values.id}) must match the id in the path (${record.id})`);
			checkReferences(ctx, values);
			if (ctx.entry.validate) ctx.entry.validate(ctx, values, record);
			ctx.collection.update(record.id, stamp(ctx, toRecordFields(ctx.entry, values), false));
			return { status: 200, body: afterWrite(ctx, finishWrite(ctx, record)), applied: true, unknown };
		},
		delete(ctx, { id }) {
			const record = findOr404(ctx, id);
			const soft = ctx.entry.softDelete;
			if (soft) ctx.collection.update(record.id, stamp(ctx, { [soft.field]: ctx.now() }, false));
			else ctx.collection.remove(record.id);
			if (ctx.entry.afterDelete) ctx.entry.afterDelete(ctx, record);
			return { status: 200, body: record, applied: true };
		},
	};

	function runAction(ctx, action, body) {
		const { values, unknown } = bodyValues(action.fields, body);
		// run: actions that are not "change the record named by body.id" (clock in/out, breaks).
		if (action.run) {
			checkReferences(ctx, values);
			return { ...action.run(ctx, values), applied: true, unknown };
		}
		const record = action.creates ? null : findOr404(ctx, values.id);
		checkReferences(ctx, values);
		const result = action.handler(ctx, values, record) || {};
		let saved;
		if (action.creates) {
			saved = insert(ctx, stamp(ctx, { ...toRecordFields(ctx.entry, values), ...result }, true));
			if (action.afterCreate) action.afterCreate(ctx, saved, values);
		} else {
			ctx.collection.update(record.id, stamp(ctx, result, false));
			saved = finishWrite(ctx, record);
		}
		afterWrite(ctx, saved);
		return { status: action.status || (action.creates ? 201 : 200), body: saved, applied: true, unknown };
	}

	// segments: the path after /api/<version>/resources/, split on "/".
	function handle({ method, segments, query, body, principal }) {
		if (segments.length < 2 || segments.length > 3) return null;
		const entry = byPath.get(`${segments[0]}/${segments[1]}`);
		if (!entry) return null;
		const ctx = ctxFor(entry, principal);
		const tail = segments[2];
		if (tail === undefined) {
			if (method === 'GET' && entry.ops.has('list')) return handlers.list(ctx, { query });
			if (method === 'POST' && entry.ops.has('create')) return handlers.create(ctx, { body });
			return null;
		}
		if (method === 'POST') return entry.actions[tail] ? runAction(ctx, entry.actions[tail], body) : null;
		const op = { GET: 'get', PUT: 'update', DELETE: 'delete' }[method];
		if (!op || !entry.ops.has(op)) return null;
		return handlers[op](ctx, { id: tail, body });
	}

	// Seed functions insert through ctx.insert so they can link rows (team members, managers) as they go.
	function seed() {
		for (const entry of prepared) {
			if (entry.records) continue;
			const collection = env.store.add(entry.name, entry.firstId || 1);
			if (!entry.seed) continue;
			const ctx = ctxFor(entry, null);
			ctx.insert = (fields) => {
				for (const key of Object.keys(fields)) {
					if (!Object.prototype.hasOwnProperty.call(entry.objectFields, key)) {
						throw new Error(`sandbox resource ${entry.path}: seed field ${key} is not in the ${entry.object} object`);
					}
				}
				return finishWrite(ctx, collection.insert(entry.build(fields)));
			};
			entry.seed(ctx);
		}
	}

	const entryFor = (nameOrPath) => prepared.find((e) => e.name === nameOrPath || e.path === nameOrPath);

	return { handle, seed, entryFor, entries: prepared };
}

module.exports = { createEngine };
