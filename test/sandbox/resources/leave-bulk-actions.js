'use strict';
// Leave: Approve all and Bulk delete. bodies-2026-10-01.json has no body for them, so their fields
// are read from the full catalog (facts/operations-2026-10-01.json, through catalog.js):
// approve_all takes one leave `id`, bulk_delete a list `ids` ("Identifiers of the leaves to cancel").
// Rules:
// - approve_all approves the leave it names (pending approval steps included): approved becomes true.
//   A deleted or unknown leave is a 404, as for approve.
// - bulk_delete cancels every leave named, as DELETE does (deleted_at is stamped), and answers them
//   as a list. It is all or nothing: an unknown or already deleted id is a 404 naming it, and no leave
//   is deleted. An empty list is a 422 on `ids`; an id named twice counts once.
const catalog = require('../catalog');
const { invalid, notFound } = require('../errors');

// The full catalog's body fields in the shape validate.js reads ({ name: { type, required } }).
function catalogBody(tail) {
	const operation = catalog.find('POST', 'timeoff/leaves', tail);
	if (!operation || !operation.body) throw new Error(`sandbox: no catalog body for POST timeoff/leaves/${tail}`);
	return Object.fromEntries(
		operation.body.fields.map((f) => [f.name, { type: f.type === 'array' ? `array<${f.items.type}>` : f.type, required: f.required, description: f.description }]),
	);
}

const live = (ctx, id) => {
	const record = ctx.collection.get(id);
	return record && record.deleted_at == null ? record : null;
};

module.exports = {
	approve_all: {
		fields: catalogBody('approve_all'),
		handler: () => ({ approved: true }),
	},
	bulk_delete: {
		fields: catalogBody('bulk_delete'),
		run(ctx, values) {
			const ids = [...new Set(values.ids.map(String))];
			if (ids.length === 0) throw invalid('ids', 'ids must name at least one leave');
			const missing = ids.find((id) => !live(ctx, id));
			if (missing !== undefined) throw notFound(`leave ${missing} not found`);
			const at = ctx.now();
			return { status: 200, body: ids.map((id) => ctx.change(live(ctx, id), { deleted_at: at })) };
		},
	},
};
