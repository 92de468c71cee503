'use strict';
// Recruiting data shows in more than one place: an application's phase is counted on the phase
// (applications_count), and a candidate lists the job postings they applied to
// (ats_job_posting_ids). Applications are the source; these helpers mirror each change.

// Every job posting gets a pipeline of phases, since an application always sits in one. The phase
// types are the SDK's enum; the names and order are the sandbox's choice.
const PIPELINE = [
	['New', 'initial', false],
	['Screening', 'screening', true],
	['Interview', 'interview', true],
	['Offer', 'offer', true],
	['Hired', 'hired', false],
];

const phasesOf = (store, jobPostingId) =>
	store.get('application_phases').all().filter((p) => p.ats_job_posting_id === jobPostingId).sort((a, b) => a.position - b.position);

const insertPhase = (store, fields) =>
	store.get('application_phases').insert({
		id: null,
		ats_job_posting_id: null,
		name: null,
		position: null,
		editable: null,
		phase_type: null,
		applications_count: 0,
		active_applications_count: null,
		ats_hiring_stage_id: null,
		...fields,
	});

/** Gives a job posting its phases, copied from `template` (a duplicate) or the default pipeline. */
function createPipeline(store, jobPostingId, template = null) {
	if (phasesOf(store, jobPostingId).length > 0) return;
	const source = template
		? phasesOf(store, template).map((p) => [p.name, p.phase_type, p.editable])
		: PIPELINE;
	source.forEach(([name, phaseType, editable], index) =>
		insertPhase(store, { ats_job_posting_id: jobPostingId, name, phase_type: phaseType, editable, position: index + 1 }),
	);
}

const firstPhase = (store, jobPostingId) => phasesOf(store, jobPostingId)[0] || null;

/** Recounts the phases of one job posting and the posting list of one candidate. */
function syncApplication(store, jobPostingId, candidateId) {
	const applications = store.get('applications').all();
	const phases = store.get('application_phases');
	for (const phase of phasesOf(store, jobPostingId)) {
		const count = applications.filter((a) => a.ats_application_phase_id === phase.id).length;
		if (phase.applications_count !== count) phases.update(phase.id, { applications_count: count });
	}
	const candidates = store.get('candidates');
	const candidate = candidateId != null ? candidates.get(candidateId) : null;
	if (candidate) {
		const postings = [...new Set(applications.filter((a) => a.ats_candidate_id === candidate.id).map((a) => a.ats_job_posting_id))];
		candidates.update(candidate.id, { ats_job_posting_ids: postings });
	}
}

/** A job posting's phases and applications go with it. */
function dropJobPosting(store, jobPostingId) {
	const applications = store.get('applications');
	const touched = new Set();
	for (const a of applications.all().filter((row) => row.ats_job_posting_id === jobPostingId)) {
		applications.remove(a.id);
		touched.add(a.ats_candidate_id);
	}
	const phases = store.get('application_phases');
	for (const p of phasesOf(store, jobPostingId)) phases.remove(p.id);
	for (const candidateId of touched) syncApplication(store, jobPostingId, candidateId);
}

/** A candidate's applications go with them. */
function dropCandidate(store, candidateId) {
	const applications = store.get('applications');
	for (const a of applications.all().filter((row) => row.ats_candidate_id === candidateId)) {
		applications.remove(a.id);
		syncApplication(store, a.ats_job_posting_id, null);
	}
}

module.exports = { PIPELINE, phasesOf, firstPhase, createPipeline, syncApplication, dropJobPosting, dropCandidate };
