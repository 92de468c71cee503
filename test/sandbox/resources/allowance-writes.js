'use strict';
// Allowance create, update, delete and delete_with_alt_allowance. bodies-2026-10-01.json has no body
// for them, so their fields are read from the full catalog (catalog-bodies.js). Rules:
// - leave_type_ids must name existing leave types (422 on leave_type_ids); each leave type's
//   allowance_ids follows the allowances that list it, as the seed sets it.
// - delete_with_alt_allowance deletes the allowance `id` and moves its incidences (the generic
//   layer's timeoff/allowance_incidences rows) to `alt_allowance_id`, which must be another existing
//   allowance (404 when unknown, 422 when the same). It answers the deleted allowance.
const { catalogBody } = require('../catalog-bodies');
const { invalid, notFound } = require('../errors');

const INCIDENCES = 'generic:timeoff/allowance_incidences';

// Every leave type's allowance_ids: the allowances that list it.
function syncLeaveTypes(ctx) {
	const allowances = ctx.store.get('allowances').all();
	const types = ctx.store.get('leave_types');
	for (const type of types.all()) {
		const ids = allowances.filter((a) => (a.leave_type_ids || []).includes(type.id)).map((a) => a.id);
		if (JSON.stringify(ids) !== JSON.stringify(type.allowance_ids)) types.update(type.id, { allowance_ids: ids });
	}
}

module.exports = {
	createFields: catalogBody('POST', 'timeoff/allowances', ''),
	updateFields: catalogBody('PUT', 'timeoff/allowances', '{id}'),
	validate(ctx, values) {
		const types = ctx.store.get('leave_types');
		const unknown = (values.leave_type_ids || []).find((id) => !types.get(String(id)));
		if (unknown !== undefined) throw invalid('leave_type_ids', `leave type ${unknown} not found`);
	},
	afterWrite: (ctx) => syncLeaveTypes(ctx),
	afterDelete: (ctx) => syncLeaveTypes(ctx),
	actions: {
		delete_with_alt_allowance: {
			fields: catalogBody('POST', 'timeoff/allowances', 'delete_with_alt_allowance'),
			run(ctx, values) {
				const allowance = ctx.collection.get(String(values.id));
				if (!allowance) throw notFound(`allowance ${values.id} not found`);
				if (String(values.alt_allowance_id) === allowance.id) throw invalid('alt_allowance_id', 'alt_allowance_id must be another allowance');
				if (!ctx.collection.get(String(values.alt_allowance_id))) throw notFound(`allowance ${values.alt_allowance_id} not found`);
				if (ctx.store.has(INCIDENCES)) {
					const incidences = ctx.store.get(INCIDENCES);
					for (const row of incidences.all().filter((r) => r.timeoff_allowance_id === allowance.id)) {
						incidences.update(row.id, { timeoff_allowance_id: String(values.alt_allowance_id) });
					}
				}
				ctx.collection.remove(allowance.id);
				syncLeaveTypes(ctx);
				return { status: 200, body: allowance };
			},
		},
	},
};
