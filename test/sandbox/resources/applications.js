'use strict';
const { inSet, equals, boolEquals, fold } = require('../filters');
const { invalid } = require('../errors');
const { firstPhase, phasesOf, syncApplication } = require('./recruiting-links');

// The phase must be one of the posting's own: "Must belong to the same job posting as the application".
function checkPhase(ctx, jobPostingId, phaseId) {
	if (phaseId == null) return;
	const phase = ctx.store.get('application_phases').get(phaseId);
	if (phase && phase.ats_job_posting_id !== jobPostingId) {
		throw invalid('ats_application_phase_id', `application phase ${phaseId} belongs to job posting ${phase.ats_job_posting_id}, not ${jobPostingId}`);
	}
}

// [candidate index, job posting index, phase index, qualified]
const SEED = [
	[0, 0, 0, null],
	[1, 0, 1, true],
	[2, 0, 2, true],
	[3, 0, 3, true],
	[4, 1, 0, null],
	[5, 1, 2, false],
	[6, 1, 1, true],
	[0, 1, 4, true],
	[2, 2, 1, null],
	[7, 3, 1, null],
];

const SEED_DAY = '2026-09-03T11:00:00.000Z';

module.exports = {
	name: 'applications',
	path: 'ats/applications',
	object: 'application',
	firstId: 7001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	refs: { ats_job_posting_id: 'job_postings', ats_candidate_id: 'candidates', ats_application_phase_id: 'application_phases' },
	// A new application enters the posting's first phase unless a phase is given.
	defaults(ctx, values) {
		const phase = firstPhase(ctx.store, values.ats_job_posting_id);
		return { company_id: ctx.fixtures.companyId, ats_application_phase_id: phase ? phase.id : null };
	},
	validate(ctx, values, record) {
		checkPhase(ctx, record ? record.ats_job_posting_id : values.ats_job_posting_id, values.ats_application_phase_id);
		if (record && values.ats_application_phase_id === null) throw invalid('ats_application_phase_id', "ats_application_phase_id can't be blank");
	},
	afterWrite: (ctx, application) => syncApplication(ctx.store, application.ats_job_posting_id, application.ats_candidate_id),
	afterDelete: (ctx, application) => syncApplication(ctx.store, application.ats_job_posting_id, application.ats_candidate_id),
	filters: {
		'ids[]': inSet('id'),
		ats_job_posting_id: equals('ats_job_posting_id'),
		qualified: boolEquals('qualified'),
		ats_application_phase_id: equals('ats_application_phase_id'),
		'ats_candidate_ids[]': inSet('ats_candidate_id'),
		'ats_rejection_reason_ids[]': inSet('ats_rejection_reason_id'),
		// Free text over the candidate's name and email.
		search: (value, ctx) => {
			const text = fold(value).trim();
			const candidates = ctx.store.get('candidates');
			return (r) => {
				const candidate = candidates.get(r.ats_candidate_id);
				return Boolean(candidate) && [candidate.full_name, candidate.email].some((v) => fold(v).includes(text));
			};
		},
	},
	actions: {
		move_to_phase: {
			handler(ctx, values, record) {
				checkPhase(ctx, record.ats_job_posting_id, values.ats_application_phase_id);
				return { ats_application_phase_id: values.ats_application_phase_id };
			},
		},
	},
	seed(ctx) {
		const candidates = ctx.store.get('candidates').all();
		const postings = ctx.store.get('job_postings').all();
		for (const [c, p, phaseIndex, qualified] of SEED) {
			const candidate = candidates[c];
			const posting = postings[p];
			ctx.insert({
				company_id: ctx.fixtures.companyId,
				ats_job_posting_id: posting.id,
				ats_candidate_id: candidate.id,
				ats_application_phase_id: phasesOf(ctx.store, posting.id)[phaseIndex].id,
				qualified,
				cover_letter: `Hello, I would like to join as ${posting.title}.`,
				medium: 'careers page',
				created_at: SEED_DAY,
			});
			syncApplication(ctx.store, posting.id, candidate.id);
		}
	},
};
