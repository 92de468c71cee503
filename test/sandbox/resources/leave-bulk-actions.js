'use strict';
// Leave: Approve all and Bulk delete. bodies-2026-10-01.json has no body for them, so their fields
// are read from the full catalog (catalog-bodies.js):
// approve_all takes one leave `id`, bulk_delete a list `ids` ("Identifiers of the leaves to cancel").
// Rules:
// - approve_all approves the leave it names (pending approval steps included): approved becomes true.
//   A deleted or unknown leave is a 404, as for approve.
// - bulk_delete cancels every leave named, as DELETE does (deleted_at is stamped), and answers them
//   as a list. It is all or nothing: an unknown or already deleted id is a 404 naming it, and no leave
//   is deleted. An empty list is a 422 on `ids`; an id named twice counts once.
const { catalogBody } = require('../catalog-bodies');
const { invalid, notFound } = require('../errors');

const live = (ctx, id) => {
	const record = ctx.collection.get(id);
	return record && record.deleted_at == null ? record : null;
};

module.exports = {
	approve_all: {
		fields: catalogBody('POST', 'timeoff/leaves', 'approve_all'),
		handler: () => ({ approved: true }),
	},
	bulk_delete: {
		fields: catalogBody('POST', 'timeoff/leaves', 'bulk_delete'),
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
