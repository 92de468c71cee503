'use strict';
// Bulk actions of trainings and performance that change several records, as Factorial's SDK
// describes them (the generic layer otherwise only answers the records a bulk action names).
// Every rule answers an array of its object.
// Assumption (not documented by Factorial, marked so in the sandbox README): adding someone who is
// already a participant / owner answers the existing record instead of a second one.

const sameAs = (fields) => (record) => Object.entries(fields).every(([k, v]) => String(record[k]) === String(v));

// One record per id the body lists (ids that do not exist are left out, as the generic layer does).
const named = (api, ids) => (Array.isArray(ids) ? ids : []).map((id) => api.collection.get(id)).filter(Boolean);

/** Adds one record per entry of `list`, unless one with the same fields exists. */
function addEach(api, list, fieldsFor) {
	return (Array.isArray(list) ? list : []).map((entry) => {
		const fields = fieldsFor(String(entry));
		return api.collection.all().find(sameAs(fields)) || api.insert(fields);
	});
}

function removeEach(api, ids) {
	const removed = named(api, ids);
	for (const record of removed) api.remove(record.id);
	return removed;
}

module.exports = {
	'trainings/trainings': {
		actions: {
			bulk_delete: (api, v) => removeEach(api, v.ids),
			bulk_update_catalog: (api, v) => named(api, v.ids).map((r) => api.update(r.id, { catalog: v.catalog })),
		},
	},
	'trainings/training_memberships': {
		actions: {
			bulk_create: (api, v) => addEach(api, v.employee_ids, (employeeId) => ({ training_id: v.training_id, employee_id: employeeId })),
			// `all` with a training: every membership of that training except the listed ids.
			bulk_destroy: (api, v) => {
				if (v.all !== true) return removeEach(api, v.ids);
				const kept = new Set((v.ids || []).map(String));
				const ids = api.collection.all().filter((r) => String(r.training_id) === String(v.training_id) && !kept.has(r.id)).map((r) => r.id);
				return removeEach(api, ids);
			},
		},
	},
	'trainings/session_access_memberships': {
		actions: {
			bulk_create: (api, v) => [
				...addEach(api, v.employee_ids, (employeeId) => ({ session_id: v.session_id, employee_id: employeeId })),
				...addEach(api, v.access_ids, (accessId) => ({ session_id: v.session_id, access_id: accessId })),
			],
			bulk_destroy: (api, v) => removeEach(api, v.ids),
		},
	},
	'trainings/session_attendances': {
		actions: {
			bulk_update: (api, v) => {
				const changes = Object.fromEntries(['status', 'completed_duration'].filter((k) => v[k] !== undefined && v[k] !== null).map((k) => [k, v[k]]));
				return named(api, v.ids).map((r) => api.update(r.id, changes));
			},
		},
	},
	'performance/review_process_targets': {
		actions: {
			bulk_create: (api, v) =>
				addEach(api, v.targets_access_ids, (accessId) => ({ performance_review_process_id: v.performance_review_process_id, access_id: accessId })),
		},
	},
	'performance/review_owners': {
		actions: {
			bulk_create: (api, v) => addEach(api, v.owner_access_ids, (accessId) => ({ performance_review_process_id: v.review_process_id, access_id: accessId })),
		},
	},
};
