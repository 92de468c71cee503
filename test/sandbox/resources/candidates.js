'use strict';
const { inSet, inSetFolded, boolEquals, flag, asList } = require('../filters');
const { dropCandidate } = require('./recruiting-links');

// [first name, last name, talent pool]
const SEED = [
	['Aina', 'Puig', true],
	['Bruno', 'Costa', false],
	['Chloé', 'Martin', false],
	['Dmitri', 'Volkov', true],
	['Elena', 'García', false],
	['Farah', 'Haddad', false],
	['Gus', 'Andersen', true],
	['Hana', 'Sato', false],
];

const SEED_DAY = '2026-09-02T10:00:00.000Z';

// Filters on what a candidate applied to go through the job postings of their applications.
const byPostings = (test) => (value, ctx) => {
	const postings = ctx.store.get('job_postings');
	const wanted = test(value);
	return (r) => r.ats_job_posting_ids.some((id) => postings.get(id) && wanted(postings.get(id)));
};

module.exports = {
	name: 'candidates',
	path: 'ats/candidates',
	object: 'candidate',
	firstId: 6001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	// talent_pool is a required object field but optional in the body.
	defaults: (ctx) => ({ company_id: ctx.fixtures.companyId, talent_pool: false, ats_job_posting_ids: [] }),
	derive: (record) => ({ full_name: `${record.first_name} ${record.last_name}` }),
	afterDelete: (ctx, candidate) => dropCandidate(ctx.store, candidate.id),
	filters: {
		'ids[]': inSet('id'),
		'emails[]': inSetFolded('email'),
		'job_posting_ids[]': (value) => {
			const wanted = new Set(asList(value).map(String));
			return (r) => r.ats_job_posting_ids.some((id) => wanted.has(id));
		},
		'team_ids[]': byPostings((value) => {
			const wanted = new Set(asList(value).map(String));
			return (posting) => wanted.has(String(posting.team_id));
		}),
		'location_ids[]': byPostings((value) => {
			const wanted = new Set(asList(value).map(String));
			return (posting) => wanted.has(String(posting.location_id));
		}),
		remote: byPostings((value) => {
			const wanted = flag(value);
			return (posting) => posting.remote === wanted;
		}),
		talent_pool: boolEquals('talent_pool'),
		// The object's inactive_since: "date when the candidate became inactive".
		active: (value) => {
			const wanted = flag(value);
			return (r) => (r.inactive_since == null) === wanted;
		},
	},
	// Applications (seeded next) fill ats_job_posting_ids.
	seed(ctx) {
		for (const [firstName, lastName, talentPool] of SEED) {
			const handle = `${firstName}.${lastName}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
			ctx.insert({
				company_id: ctx.fixtures.companyId,
				first_name: firstName,
				last_name: lastName,
				email: `${handle}@candidates.example.com`,
				talent_pool: talentPool,
				phone_number: null,
				consent_given_at: talentPool ? SEED_DAY : null,
				consent_to_talent_pool: talentPool,
				ats_job_posting_ids: [],
				created_at: SEED_DAY,
				updated_at: SEED_DAY,
			});
		}
	},
};
