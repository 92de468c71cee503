'use strict';
// Expensables: Bulk set to paid. The generic layer answers the expensables its `ids` name; Factorial
// also marks them paid, so this sets each one's status to "paid" and paid_at and status_updated_at to now (fields of
// ExpensesExpensable in facts/object-types-2026-10-01.json). Ids that name no expensable are left
// out of the answer, as the generic layer does for every bulk action.
const COLLECTION = 'generic:expenses/expensables';

function withExpensableActions(generic, store) {
	return (request) => {
		const result = generic(request);
		const { method, segments } = request;
		if (!result || method !== 'POST' || segments.join('/') !== 'expenses/expensables/bulk_set_to_paid' || !Array.isArray(result.body)) return result;
		const collection = store.get(COLLECTION);
		const at = new Date().toISOString();
		return { ...result, body: result.body.map((record) => collection.update(record.id, { status: 'paid', paid_at: at, status_updated_at: at, updated_at: at })) };
	};
}

module.exports = { withExpensableActions };
