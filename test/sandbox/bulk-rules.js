'use strict';
// Bulk actions of the generic layer that change several records, as Factorial's SDK describes them
// (the generic layer otherwise only answers the records a bulk action names, changing nothing).
// Each rule gets the checked body values and the collection of its resource path, and returns the
// records to answer with (every bulk action here answers an array of its object).
// Assumption (not documented by Factorial, marked so in the sandbox README): adding someone who is
// already a participant / owner answers the existing record instead of a second one.

const sameAs = (fields) => (record) => Object.entries(fields).every(([k, v]) => String(record[k]) === String(v));

// One record per id the body lists (ids that do not exist are left out, as the generic layer does).
const named = (collection, ids) => (Array.isArray(ids) ? ids : []).map((id) => collection.get(id)).filter(Boolean);

/** Adds one record per entry of `list`, unless one with the same fields exists. */
function addEach(io, list, fieldsFor) {
	return (Array.isArray(list) ? list : []).map((entry) => {
		const fields = fieldsFor(String(entry));
		return io.collection.all().find(sameAs(fields)) || io.make(fields);
	});
}

function removeEach(io, ids) {
	const removed = named(io.collection, ids);
	for (const record of removed) io.collection.remove(record.id);
	return removed;
}

const RULES = {
	'trainings/trainings/bulk_delete': (io, v) => removeEach(io, v.ids),
	'trainings/trainings/bulk_update_catalog': (io, v) => named(io.collection, v.ids).map((r) => io.update(r.id, { catalog: v.catalog })),
	'trainings/training_memberships/bulk_create': (io, v) => addEach(io, v.employee_ids, (employeeId) => ({ training_id: v.training_id, employee_id: employeeId })),
	// `all` with a training: every membership of that training except the listed ids.
	'trainings/training_memberships/bulk_destroy': (io, v) => {
		if (v.all !== true) return removeEach(io, v.ids);
		const kept = new Set((v.ids || []).map(String));
		const ids = io.collection.all().filter((r) => String(r.training_id) === String(v.training_id) && !kept.has(r.id)).map((r) => r.id);
		return removeEach(io, ids);
	},
	'trainings/session_access_memberships/bulk_create': (io, v) => [
		...addEach(io, v.employee_ids, (employeeId) => ({ session_id: v.session_id, employee_id: employeeId })),
		...addEach(io, v.access_ids, (accessId) => ({ session_id: v.session_id, access_id: accessId })),
	],
	'trainings/session_access_memberships/bulk_destroy': (io, v) => removeEach(io, v.ids),
	'trainings/session_attendances/bulk_update': (io, v) => {
		const changes = Object.fromEntries(['status', 'completed_duration'].filter((k) => v[k] !== undefined && v[k] !== null).map((k) => [k, v[k]]));
		return named(io.collection, v.ids).map((r) => io.update(r.id, changes));
	},
	'performance/review_process_targets/bulk_create': (io, v) =>
		addEach(io, v.targets_access_ids, (accessId) => ({ performance_review_process_id: v.performance_review_process_id, access_id: accessId })),
	'performance/review_owners/bulk_create': (io, v) => addEach(io, v.owner_access_ids, (accessId) => ({ performance_review_process_id: v.review_process_id, access_id: accessId })),
};

module.exports = { RULES };
