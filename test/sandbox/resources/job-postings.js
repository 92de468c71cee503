'use strict';
const { inSet, equals } = require('../filters');
const { invalid, notFound } = require('../errors');
const { createPipeline, dropJobPosting } = require('./recruiting-links');

// [title, status, team name, workplace type, category]
const SEED = [
	['Backend Engineer', 'published', 'Engineering', 'hybrid', 'engineering'],
	['Account Executive', 'published', 'Sales', 'onsite', 'sales'],
	['People Partner', 'unlisted', 'People', 'remote', 'hr'],
	['Customer Support Agent', 'archived', 'Customer Support', 'onsite', 'other'],
];

const SEED_DAY = '2026-09-01T09:00:00.000Z';

// "If published, the public URL of the job posting. Otherwise will be null"; the host is the
// sandbox's own (.invalid never resolves).
const publicUrl = (id) => `https://careers.sandbox.invalid/job_postings/${id}`;

// Fields a copy does not take over: its own identity, timestamps and publication.
const NOT_COPIED = new Set(['id', 'created_at', 'updated_at', 'published_at', 'url', 'status']);

module.exports = {
	name: 'job_postings',
	path: 'ats/job_postings',
	object: 'job_posting',
	firstId: 5001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { team_id: 'teams', location_id: 'locations' },
	// Required object fields the create body does not carry.
	defaults: (ctx) => ({
		company_id: ctx.fixtures.companyId,
		ats_company_id: ctx.fixtures.companyId,
		hide_salary: false,
		salary_period: 'annual',
	}),
	validate(ctx, values, record) {
		const from = values.salary_from_amount_in_cents !== undefined ? values.salary_from_amount_in_cents : record && record.salary_from_amount_in_cents;
		const to = values.salary_to_amount_in_cents !== undefined ? values.salary_to_amount_in_cents : record && record.salary_to_amount_in_cents;
		if (from != null && to != null && to < from) throw invalid('salary_to_amount_in_cents', 'salary_to_amount_in_cents must not be below salary_from_amount_in_cents');
		if (record && values.status === null) throw invalid('status', "status can't be blank");
	},
	derive(record, ctx) {
		const published = record.status === 'published';
		return {
			remote: record.workplace_type === 'remote',
			url: published ? publicUrl(record.id) : null,
			published_at: record.published_at ?? (published ? ctx.now() : null),
		};
	},
	afterWrite: (ctx, posting) => createPipeline(ctx.store, posting.id),
	afterDelete: (ctx, posting) => dropJobPosting(ctx.store, posting.id),
	filters: {
		'ids[]': inSet('id'),
		status: equals('status'),
		team_id: equals('team_id'),
		location_id: equals('location_id'),
		legal_entity_id: equals('legal_entity_id'),
	},
	actions: {
		// "Duplicate an existing job posting": a draft copy with the same details and the same phases.
		duplicate: {
			creates: true,
			handler(ctx, values) {
				const original = ctx.collection.get(values.id);
				if (!original) throw notFound(`job_posting ${values.id} not found`);
				const copy = {};
				for (const [key, value] of Object.entries(original)) if (!NOT_COPIED.has(key)) copy[key] = value;
				return { ...copy, status: 'draft' };
			},
			afterCreate: (ctx, copy, values) => createPipeline(ctx.store, copy.id, values.id),
		},
	},
	// Phases are added by the application phases entry, seeded next (its collection does not exist yet).
	seed(ctx) {
		const teams = ctx.store.get('teams').all();
		const [location] = ctx.store.get('locations').all();
		for (const [title, status, teamName, workplaceType, category] of SEED) {
			const team = teams.find((t) => t.name === teamName);
			ctx.insert({
				company_id: ctx.fixtures.companyId,
				ats_company_id: ctx.fixtures.companyId,
				title,
				description: `We are looking for a ${title}.`,
				contract_type: 'indefinite',
				category,
				workplace_type: workplaceType,
				status,
				schedule_type: 'full_time',
				team_id: team ? team.id : null,
				location_id: location ? location.id : null,
				legal_entity_id: ctx.fixtures.legalEntityId,
				salary_format: 'range',
				salary_from_amount_in_cents: 4000000,
				salary_to_amount_in_cents: 5500000,
				hide_salary: false,
				cv_requirement: 'mandatory',
				cover_letter_requirement: 'optional',
				phone_requirement: 'optional',
				photo_requirement: 'do_not_ask',
				personal_url_requirement: 'optional',
				salary_period: 'annual',
				created_at: SEED_DAY,
				published_at: status === 'draft' ? null : SEED_DAY,
			});
		}
	},
};
