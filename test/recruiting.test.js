'use strict';
// Recruiting: Job Posting, Candidate and Application, their pickers, and the sandbox state after each.
const { runFactorial, searchList, sandboxState, lastSeq, rl: locator, useSandbox, apiRequests: apiRequestsSince, runOk, runOneRequest, runFailing } = require('./helpers/factorial');
const { resources } = require('../dist/nodes/Factorial/resources/index.js');
const supplement = require('./sandbox/facts/supplement-2026-07-01.json');

let sb;
useSandbox((started) => (sb = started));

// Picked from the list unless a test types the ID: n8n checks typed IDs with a regex in a VM with a
// 250 ms limit, which a loaded machine can exceed; the By ID mode is exercised where it says 'id'.
const rl = (value, mode = 'list') => locator(value, mode);

const V = '/api/2026-10-01/resources';
const apiRequests = (since) => apiRequestsSince(sb, since);
const jobPosting = (operation, parameters = {}) => ({ resource: 'jobPosting', operation, ...parameters });
const candidate = (operation, parameters = {}) => ({ resource: 'candidate', operation, ...parameters });
const application = (operation, parameters = {}) => ({ resource: 'application', operation, ...parameters });
const state = async (collection, id) => (await sandboxState(sb, collection)).find((r) => r.id === id);
const phasesOf = async (postingId) =>
	(await sandboxState(sb, 'application_phases')).filter((p) => p.ats_job_posting_id === postingId).sort((a, b) => a.position - b.position);

const run = (parameters, options = {}) => runOk(sb, { parameters, ...options });

const runOne = (parameters) => runOneRequest(sb, { parameters });

async function refused(parameters, message, items) {
	const { error, requests } = await runFailing(sb, { parameters, items });
	expect(error.message).toMatch(message);
	expect(requests).toHaveLength(0);
}

const published = async () => (await sandboxState(sb, 'job_postings')).filter((p) => p.status === 'published');

describe('Job Posting', () => {
	test('Create sends the title, status and the five form requirements; the posting gets its phases', async () => {
		const [team] = await sandboxState(sb, 'teams');
		const [location] = await sandboxState(sb, 'locations');
		const { items, request } = await runOne(
			jobPosting('create', {
				title: 'Data Analyst',
				status: 'published',
				cvRequirement: 'mandatory',
				coverLetterRequirement: 'optional',
				phoneRequirement: 'optional',
				photoRequirement: 'do_not_ask',
				personalUrlRequirement: 'do_not_ask',
				additionalFields: {
					teamId: rl(team.id, 'list'),
					locationId: rl(location.id),
					workplaceType: 'remote',
					contractType: 'indefinite',
					salaryFormat: 'range',
					salaryFromAmountInCents: 4500000,
					salaryToAmountInCents: 6000000,
					salaryPeriod: 'annual',
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/ats/job_postings`]);
		expect(request.body).toEqual({
			title: 'Data Analyst',
			status: 'published',
			cv_requirement: 'mandatory',
			cover_letter_requirement: 'optional',
			phone_requirement: 'optional',
			photo_requirement: 'do_not_ask',
			personal_url_requirement: 'do_not_ask',
			team_id: team.id,
			location_id: location.id,
			workplace_type: 'remote',
			contract_type: 'indefinite',
			salary_format: 'range',
			salary_from_amount_in_cents: 4500000,
			salary_to_amount_in_cents: 6000000,
			salary_period: 'annual',
		});
		const id = items[0].json.id;
		expect(await state('job_postings', id)).toMatchObject({ title: 'Data Analyst', status: 'published', remote: true, team_id: team.id });
		expect((await phasesOf(id)).map((p) => p.phase_type)).toEqual(['initial', 'screening', 'interview', 'offer', 'hired']);
	});

	test('Create with the defaults sends a draft whose form asks for everything as optional', async () => {
		const { request } = await runOne(jobPosting('create', { title: 'Office Manager' }));
		expect(request.body).toEqual({
			title: 'Office Manager',
			status: 'draft',
			cv_requirement: 'optional',
			cover_letter_requirement: 'optional',
			phone_requirement: 'optional',
			photo_requirement: 'optional',
			personal_url_requirement: 'optional',
		});
	});

	test('Get, Update (publish) and Delete one job posting; its phases and applications go with it', async () => {
		const { items } = await run(jobPosting('create', { title: 'Temporary Role' }));
		const id = items[0].json.id;
		const [firstPhase] = await phasesOf(id);
		const [someone] = await sandboxState(sb, 'candidates');
		await run(application('create', { atsJobPostingId: rl(id), additionalFields: { atsCandidateId: rl(someone.id) } }));

		const got = await runOne(jobPosting('get', { jobPostingId: rl(id, 'id') }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/ats/job_postings/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, title: 'Temporary Role', status: 'draft', url: null });

		const updated = await runOne(jobPosting('update', { jobPostingId: rl(id), updateFields: { status: 'published', title: 'Seasonal Role', cvRequirement: 'do_not_ask' } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/ats/job_postings/${id}`]);
		expect(updated.request.body).toEqual({ id, status: 'published', title: 'Seasonal Role', cv_requirement: 'do_not_ask' });
		const stored = await state('job_postings', id);
		expect(stored).toMatchObject({ status: 'published', title: 'Seasonal Role', cv_requirement: 'do_not_ask' });
		expect(stored.url).toMatch(/^https:\/\//);
		expect(stored.published_at).toBeTruthy();

		const deleted = await runOne(jobPosting('delete', { jobPostingId: rl(id) }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/ats/job_postings/${id}`]);
		expect(await state('job_postings', id)).toBeUndefined();
		expect(await phasesOf(id)).toHaveLength(0);
		expect(await state('application_phases', firstPhase.id)).toBeUndefined();
		expect((await sandboxState(sb, 'applications')).some((a) => a.ats_job_posting_id === id)).toBe(false);
		expect((await state('candidates', someone.id)).ats_job_posting_ids).not.toContain(id);
	});

	test('Duplicate makes a draft copy with the same details and its own phases', async () => {
		const [original] = await published();
		const { items, request } = await runOne(jobPosting('duplicate', { jobPostingId: rl(original.id, 'list') }));
		expect([request.method, request.path]).toEqual(['POST', `${V}/ats/job_postings/duplicate`]);
		expect(request.body).toEqual({ id: original.id });
		const copy = await state('job_postings', items[0].json.id);
		expect(copy.id).not.toBe(original.id);
		const same = ['title', 'description', 'team_id', 'location_id', 'contract_type', 'salary_from_amount_in_cents', 'cv_requirement'];
		for (const field of same) expect({ field, value: copy[field] }).toEqual({ field, value: original[field] });
		expect(copy).toMatchObject({ status: 'draft', url: null, published_at: null });
		const [theirs, ours] = [await phasesOf(original.id), await phasesOf(copy.id)];
		expect(ours.map((p) => [p.name, p.phase_type])).toEqual(theirs.map((p) => [p.name, p.phase_type]));
		expect(ours.map((p) => p.id)).not.toEqual(theirs.map((p) => p.id));
		expect(ours.every((p) => p.applications_count === 0)).toBe(true);
	});

	test('Get Many sends the catalog filters with Factorial names', async () => {
		const all = await sandboxState(sb, 'job_postings');
		const team = all.find((p) => p.status === 'published').team_id;
		const { items, request } = await runOne(jobPosting('getAll', { returnAll: true, filters: { status: 'published', teamId: rl(team, 'list') } }));
		expect([request.method, request.path]).toEqual(['GET', `${V}/ats/job_postings`]);
		expect(request.query).toEqual({ limit: '100', status: 'published', team_id: team });
		const expected = all.filter((p) => p.status === 'published' && p.team_id === team).map((p) => p.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const byIds = await runOne(jobPosting('getAll', { returnAll: true, filters: { ids: `${all[0].id}, ${all[2].id}`, legalEntityId: all[0].legal_entity_id } }));
		expect(byIds.request.query).toEqual({ limit: '100', 'ids[]': [all[0].id, all[2].id], legal_entity_id: all[0].legal_entity_id });
		expect(byIds.items.map((i) => i.json.id)).toEqual([all[0].id, all[2].id]);
	});

	test('Duplicate of a job posting that does not exist fails with Factorial\'s 404', async () => {
		const { items } = await runFactorial(sb, { parameters: jobPosting('duplicate', { jobPostingId: rl('999999') }), continueOnFail: true });
		expect(items[0].json.httpCode).toBe('404');
	});
});

describe('Candidate', () => {
	test('Create sends the names and fills the company from the credentials endpoint', async () => {
		const { items, requests } = await run(
			candidate('create', {
				firstName: 'Iris',
				lastName: 'Novak',
				additionalFields: {
					email: 'iris.novak@example.com',
					phoneNumber: '+34 600 000 000',
					talentPool: true,
					consentGivenAt: '2026-10-02T10:00:00+02:00',
					source: 'referred',
					medium: 'Aina Puig',
				},
			}),
		);
		expect(requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `${V}/api_public/credentials`],
			['POST', `${V}/ats/candidates`],
		]);
		expect(requests[1].body).toEqual({
			first_name: 'Iris',
			last_name: 'Novak',
			company_id: sb.fixtures.companyId,
			email: 'iris.novak@example.com',
			phone_number: '+34 600 000 000',
			talent_pool: true,
			consent_given_at: '2026-10-02T10:00:00+02:00',
			source: 'referred',
			medium: 'Aina Puig',
		});
		expect(await state('candidates', items[0].json.id)).toMatchObject({
			full_name: 'Iris Novak',
			email: 'iris.novak@example.com',
			talent_pool: true,
			medium: 'Aina Puig',
			company_id: sb.fixtures.companyId,
		});
	});

	test('Get, Update and Delete one candidate; their applications go with them', async () => {
		const { items } = await run(candidate('create', { firstName: 'Jon', lastName: 'Berg', companyId: rl(sb.fixtures.companyId) }));
		const id = items[0].json.id;
		const [posting] = await published();
		const applied = await run(application('create', { atsJobPostingId: rl(posting.id), additionalFields: { atsCandidateId: rl(id) } }));
		expect((await state('candidates', id)).ats_job_posting_ids).toEqual([posting.id]);

		const got = await runOne(candidate('get', { candidateId: rl(id, 'id') }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/ats/candidates/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, full_name: 'Jon Berg' });

		const updated = await runOne(candidate('update', { candidateId: rl(id), updateFields: { lastName: 'Bergström', personalUrl: 'https://jon.example.com', talentPool: false } }));
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/ats/candidates/${id}`]);
		expect(updated.request.body).toEqual({ id, last_name: 'Bergström', personal_url: 'https://jon.example.com', talent_pool: false });
		expect(await state('candidates', id)).toMatchObject({ full_name: 'Jon Bergström', personal_url: 'https://jon.example.com' });

		const deleted = await runOne(candidate('delete', { candidateId: rl(id) }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/ats/candidates/${id}`]);
		expect(await state('candidates', id)).toBeUndefined();
		expect(await state('applications', applied.items[0].json.id)).toBeUndefined();
	});

	test('Get Many sends the catalog filters with Factorial names', async () => {
		const all = await sandboxState(sb, 'candidates');
		const [posting] = await published();
		const { items, request } = await runOne(
			candidate('getAll', { returnAll: true, filters: { jobPostingIds: [posting.id], talentPool: true, active: true } }),
		);
		expect([request.method, request.path]).toEqual(['GET', `${V}/ats/candidates`]);
		expect(request.query).toEqual({ limit: '100', 'job_posting_ids[]': [posting.id], talent_pool: 'true', active: 'true' });
		const expected = all.filter((c) => c.ats_job_posting_ids.includes(posting.id) && c.talent_pool && c.inactive_since == null).map((c) => c.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(all.length);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const emails = await runOne(candidate('getAll', { returnAll: true, filters: { emails: all[1].email.toUpperCase(), teamIds: posting.team_id, remote: false } }));
		expect(emails.request.query).toEqual({ limit: '100', 'emails[]': [all[1].email.toUpperCase()], 'team_ids[]': [posting.team_id], remote: 'false' });
		expect(emails.items.map((i) => i.json.id)).toEqual(all[1].ats_job_posting_ids.includes(posting.id) ? [all[1].id] : []);

		const rest = await runOne(candidate('getAll', { returnAll: true, filters: { locationIds: '21', source: 'referred, linkedin', minimumAverageRating: 3, archived: false } }));
		expect(rest.request.query).toEqual({ limit: '100', 'location_ids[]': ['21'], 'source[]': ['referred', 'linkedin'], minimum_average_rating: '3', archived: 'false' });
	});

	test('Get Many with a Limit pages through the candidates', async () => {
		const { items, requests } = await run(candidate('getAll', { returnAll: false, limit: 3 }));
		expect(items).toHaveLength(3);
		expect(requests).toHaveLength(1);
		expect(requests[0].query.limit).toBe('3');
	});
});

describe('Application', () => {
	test('Create sends the job posting and candidate; it enters the first phase, which counts it', async () => {
		const [, posting] = await published();
		const [first] = await phasesOf(posting.id);
		const person = (await sandboxState(sb, 'candidates')).find((c) => !c.ats_job_posting_ids.includes(posting.id));
		const { items, request } = await runOne(
			application('create', {
				atsJobPostingId: rl(posting.id, 'list'),
				additionalFields: {
					atsCandidateId: rl(person.id, 'list'),
					coverLetter: 'I sell things.',
					phone: '+44 20 0000 0000',
					consentToTalentPool: true,
					answers: '[{"ats_question_id": "1", "value": "Yes"}]',
				},
			}),
		);
		expect([request.method, request.path]).toEqual(['POST', `${V}/ats/applications`]);
		expect(request.body).toEqual({
			ats_job_posting_id: posting.id,
			ats_candidate_id: person.id,
			cover_letter: 'I sell things.',
			phone: '+44 20 0000 0000',
			consent_to_talent_pool: true,
			answers: [{ ats_question_id: '1', value: 'Yes' }],
		});
		const created = await state('applications', items[0].json.id);
		expect(created).toMatchObject({ ats_job_posting_id: posting.id, ats_candidate_id: person.id, ats_application_phase_id: first.id });
		expect((await state('application_phases', first.id)).applications_count).toBe(first.applications_count + 1);
		expect((await state('candidates', person.id)).ats_job_posting_ids).toContain(posting.id);
	});

	test('Move to Phase moves the application: the phase changes and both phases recount', async () => {
		const [posting] = await published();
		const phases = await phasesOf(posting.id);
		const target = phases.find((p) => p.phase_type === 'offer');
		const app = (await sandboxState(sb, 'applications')).find((a) => a.ats_job_posting_id === posting.id && a.ats_application_phase_id !== target.id);
		const from = await state('application_phases', app.ats_application_phase_id);

		const { items, request } = await runOne(application('moveToPhase', { applicationId: app.id, atsApplicationPhaseId: rl(target.id, 'list') }));
		expect([request.method, request.path]).toEqual(['POST', `${V}/ats/applications/move_to_phase`]);
		expect(request.body).toEqual({ id: app.id, ats_application_phase_id: target.id });
		expect(items[0].json.ats_application_phase_id).toBe(target.id);
		expect((await state('applications', app.id)).ats_application_phase_id).toBe(target.id);
		expect((await state('application_phases', target.id)).applications_count).toBe(target.applications_count + 1);
		expect((await state('application_phases', from.id)).applications_count).toBe(from.applications_count - 1);
	});

	test('Move to Phase to a phase of another job posting is rejected by Factorial and changes nothing', async () => {
		const [posting, other] = await published();
		const app = (await sandboxState(sb, 'applications')).find((a) => a.ats_job_posting_id === posting.id);
		const [foreign] = await phasesOf(other.id);
		const { error } = await runFactorial(sb, { parameters: application('moveToPhase', { applicationId: app.id, atsApplicationPhaseId: rl(foreign.id) }) });
		expect(error.message).toMatch(/move_to_phase \(422\): ats_application_phase_id: /);
		expect((await state('applications', app.id)).ats_application_phase_id).toBe(app.ats_application_phase_id);
	});

	test('Get, Update and Delete one application', async () => {
		const [posting] = await published();
		const [person] = await sandboxState(sb, 'candidates');
		const screening = (await phasesOf(posting.id)).find((p) => p.phase_type === 'screening');
		const { items } = await run(application('create', { atsJobPostingId: rl(posting.id), additionalFields: { atsCandidateId: rl(person.id), atsApplicationPhaseId: rl(screening.id) } }));
		const id = items[0].json.id;
		expect((await state('applications', id)).ats_application_phase_id).toBe(screening.id);

		const got = await runOne(application('get', { applicationId: id }));
		expect([got.request.method, got.request.path]).toEqual(['GET', `${V}/ats/applications/${id}`]);
		expect(got.items[0].json).toMatchObject({ id, ats_candidate_id: person.id });

		const interview = (await phasesOf(posting.id)).find((p) => p.phase_type === 'interview');
		const updated = await runOne(
			application('update', { applicationId: id, updateFields: { qualified: false, disqualifiedReason: 'Needs a work permit', atsApplicationPhaseId: rl(interview.id), authorType: 'company', authorId: sb.fixtures.companyId } }),
		);
		expect([updated.request.method, updated.request.path]).toEqual(['PUT', `${V}/ats/applications/${id}`]);
		expect(updated.request.body).toEqual({
			id,
			qualified: false,
			disqualified_reason: 'Needs a work permit',
			ats_application_phase_id: interview.id,
			author_type: 'company',
			author_id: sb.fixtures.companyId,
		});
		expect(await state('applications', id)).toMatchObject({ qualified: false, ats_application_phase_id: interview.id });

		const deleted = await runOne(application('delete', { applicationId: id }));
		expect([deleted.request.method, deleted.request.path]).toEqual(['DELETE', `${V}/ats/applications/${id}`]);
		expect(await state('applications', id)).toBeUndefined();
	});

	test('Get Many sends the catalog filters with Factorial names', async () => {
		const all = await sandboxState(sb, 'applications');
		const [posting] = await published();
		const { items, request } = await runOne(application('getAll', { returnAll: true, filters: { atsJobPostingId: rl(posting.id, 'list'), qualified: true } }));
		expect([request.method, request.path]).toEqual(['GET', `${V}/ats/applications`]);
		expect(request.query).toEqual({ limit: '100', ats_job_posting_id: posting.id, qualified: 'true' });
		const expected = all.filter((a) => a.ats_job_posting_id === posting.id && a.qualified === true).map((a) => a.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id)).toEqual(expected);

		const people = await sandboxState(sb, 'candidates');
		const target = people.find((c) => c.ats_job_posting_ids.length > 0);
		const search = await runOne(application('getAll', { returnAll: true, filters: { search: target.last_name.toLowerCase() } }));
		expect(search.request.query).toEqual({ limit: '100', search: target.last_name.toLowerCase() });
		const named = new Set(people.filter((c) => c.full_name.toLowerCase().includes(target.last_name.toLowerCase())).map((c) => c.id));
		expect(search.items.map((i) => i.json.id)).toEqual(all.filter((a) => named.has(a.ats_candidate_id)).map((a) => a.id));

		const phase = all[0].ats_application_phase_id;
		const rest = await runOne(
			application('getAll', { returnAll: true, filters: { ids: all.map((a) => a.id).join(','), atsApplicationPhaseId: rl(phase), atsCandidateIds: [all[0].ats_candidate_id], atsRejectionReasonIds: '3', atsTagsIds: '4, 5' } }),
		);
		expect(rest.request.query).toEqual({
			limit: '100',
			'ids[]': all.map((a) => a.id),
			ats_application_phase_id: phase,
			'ats_candidate_ids[]': [all[0].ats_candidate_id],
			'ats_rejection_reason_ids[]': ['3'],
			'ats_tags_ids[]': ['4', '5'],
		});
	});
});

describe('bad input is refused before anything is sent', () => {
	const two = [{ json: { v: 'ok' } }, { json: { v: '' } }];
	test.each([
		['a job posting without a title', jobPosting('create', { title: '={{ $json.v }}' }), /"Title" in item 1 is required but empty/, two],
		['a candidate without a last name', candidate('create', { firstName: 'A', lastName: '={{ $json.v }}', companyId: rl('9001') }), /"Last Name" in item 1 is required but empty/, two],
		['an application without a job posting', application('create', { atsJobPostingId: '={{ $json.v }}' }), /"Job Posting" in item 1 is required but empty/, two],
		['a move without a phase', application('moveToPhase', { applicationId: '7001', atsApplicationPhaseId: '={{ $json.v }}' }), /"Phase" in item 1 is required but empty/, two],
		['a move without an application', application('moveToPhase', { applicationId: '={{ $json.v }}', atsApplicationPhaseId: rl('5102') }), /"Application ID" in item 1 is required but empty/, two],
		['a duplicate of no job posting', jobPosting('duplicate', { jobPostingId: '={{ $json.v }}' }), /"Job Posting" in item 1 is required but empty/, two],
		['a candidate id that would change the path', candidate('get', { candidateId: '={{ $json.v ? "6001" : "../credentials" }}' }), /"Candidate" in item 1 is not a valid ID/, two],
		['an application id that would change the path', application('delete', { applicationId: 'a/b' }), /"Application ID" in item 0 is not a valid ID/, undefined],
		['a malformed consent time', candidate('update', { candidateId: rl('6001'), updateFields: { consentGivenAt: 'yesterday' } }), /"Consent Given At" in item 0 is not a valid date and time/, undefined],
		['answers that are not JSON', application('create', { atsJobPostingId: rl('5001'), additionalFields: { answers: '[{' } }), /"Answers \(JSON\)" in item 0 is not valid JSON/, undefined],
		['a salary that is not a number', jobPosting('update', { jobPostingId: rl('5001'), updateFields: { salaryFromAmountInCents: 'lots' } }), /"Salary From \(in Cents\)" in item 0 is not a number/, undefined],
	])('%s', async (_, parameters, message, items) => {
		await refused(parameters, message, items);
	});
});

describe('pickers', () => {
	test('searchJobPostings lists every job posting with its status and filters by title', async () => {
		const postings = await sandboxState(sb, 'job_postings');
		const everything = await searchList(sb, 'searchJobPostings');
		expect(everything.results.map((r) => r.value)).toEqual(postings.map((p) => p.id));
		expect(everything.results[0].name).toBe(`${postings[0].title} (${postings[0].status[0].toUpperCase()}${postings[0].status.slice(1)})`);
		const found = await searchList(sb, 'searchJobPostings', 'ENGINEER');
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((r) => r.name.toLowerCase().includes('engineer'))).toBe(true);
	});

	test('searchCandidates names each candidate with their email and filters by name', async () => {
		const people = await sandboxState(sb, 'candidates');
		const everything = await searchList(sb, 'searchCandidates');
		expect(everything.results.map((r) => r.value)).toEqual(people.map((c) => c.id));
		expect(everything.results[0]).toEqual({ name: `${people[0].full_name} (${people[0].email})`, value: people[0].id });
		const found = await searchList(sb, 'searchCandidates', people[2].last_name.toUpperCase());
		expect(found.results).toContainEqual({ name: `${people[2].full_name} (${people[2].email})`, value: people[2].id });
	});

	test('searchApplicationPhases names each phase with its job posting, in two requests per page', async () => {
		const phases = await sandboxState(sb, 'application_phases');
		const postings = await sandboxState(sb, 'job_postings');
		const before = await lastSeq(sb);
		const everything = await searchList(sb, 'searchApplicationPhases');
		const requests = await apiRequests(before);
		expect(requests.map((r) => r.path)).toEqual([`${V}/ats/application_phases`, `${V}/ats/job_postings`]);
		expect(new Set(requests[1].query['ids[]'])).toEqual(new Set(phases.map((p) => p.ats_job_posting_id)));
		expect(everything.results.map((r) => r.value)).toEqual(phases.map((p) => p.id));
		const title = (id) => postings.find((p) => p.id === id).title;
		expect(everything.results[0].name).toBe(`${title(phases[0].ats_job_posting_id)}: ${phases[0].name}`);
		const found = await searchList(sb, 'searchApplicationPhases', 'interview');
		expect(found.results.length).toBe(phases.filter((p) => p.phase_type === 'interview').length);
	});
});

// The catalog has no bodies for these endpoints; the supplement holds the SDK's, so they are checked
// here as catalog.test.js checks the others.
describe('operations against the SDK bodies in the supplement', () => {
	const ops = resources
		.filter((r) => ['jobPosting', 'candidate', 'application'].includes(r.name))
		.flatMap((r) => r.operations.map((operation) => ({ name: `${r.name}.${operation.name}`, operation, key: `${operation.method} /api/2026-10-01/resources/${operation.path}` })))
		.filter(({ key }) => supplement.bodies[key]);
	test('every recruiting write without a catalog body has a supplement body', () => {
		expect(ops.map((o) => o.name).sort()).toEqual([
			'application.moveToPhase',
			'application.update',
			'candidate.update',
			'jobPosting.create',
			'jobPosting.duplicate',
			'jobPosting.update',
		]);
	});
	test.each(ops.map((o) => [o.name, o]))('%s asks for every required field, with its wire name', (_, { operation, key }) => {
		const fields = supplement.bodies[key].fields;
		const top = new Map((operation.fields ?? []).map((f) => [f.wire, f]));
		for (const [name, spec] of Object.entries(fields)) {
			if (spec.required) expect({ name, required: top.get(name)?.required === true }).toEqual({ name, required: true });
		}
		for (const field of [...(operation.fields ?? []), ...(operation.optional?.fields ?? [])]) {
			expect({ wire: field.wire, known: field.wire in fields }).toEqual({ wire: field.wire, known: true });
			if (fields[field.wire].enum && field.options) {
				expect(field.options.map((o) => o.value).sort()).toEqual([...fields[field.wire].enum].sort());
			}
		}
	});
});

// Rules of the sandbox that the node's requests above do not reach, over plain HTTP.
describe('sandbox recruiting rules', () => {
	const call = async (method, p, body) => {
		const res = await fetch(`${sb.url}${V}/${p}`, {
			method,
			headers: { 'x-api-key': sb.fixtures.apiKey, ...(body ? { 'content-type': 'application/json' } : {}) },
			body: body ? JSON.stringify(body) : undefined,
		});
		return { status: res.status, body: await res.json() };
	};
	const form = { status: 'draft', cv_requirement: 'optional', cover_letter_requirement: 'optional', phone_requirement: 'optional', photo_requirement: 'optional', personal_url_requirement: 'optional' };

	test('job postings: the required form fields, enum values and salary bounds are checked', async () => {
		const missing = await call('POST', 'ats/job_postings', { title: 'X', ...form, cv_requirement: undefined });
		expect([missing.status, missing.body.errors[0].field]).toEqual([422, 'cv_requirement']);
		const badEnum = await call('POST', 'ats/job_postings', { title: 'X', ...form, status: 'open' });
		expect([badEnum.status, badEnum.body.errors[0].field]).toEqual([422, 'status']);
		const inverted = await call('POST', 'ats/job_postings', { title: 'X', ...form, salary_from_amount_in_cents: 5000, salary_to_amount_in_cents: 4000 });
		expect([inverted.status, inverted.body.errors[0].field]).toEqual([422, 'salary_to_amount_in_cents']);
		const unknownTeam = await call('POST', 'ats/job_postings', { title: 'X', ...form, team_id: '999999' });
		expect([unknownTeam.status, unknownTeam.body.errors[0].field]).toEqual([422, 'team_id']);
	});

	test('applications: the phase must belong to the posting; unknown references are 422', async () => {
		const [posting, other] = await published();
		const [foreign] = await phasesOf(other.id);
		const wrong = await call('POST', 'ats/applications', { ats_job_posting_id: posting.id, ats_application_phase_id: foreign.id });
		expect([wrong.status, wrong.body.errors[0].field]).toEqual([422, 'ats_application_phase_id']);
		const noCandidate = await call('POST', 'ats/applications', { ats_job_posting_id: posting.id, ats_candidate_id: '999999' });
		expect([noCandidate.status, noCandidate.body.errors[0].field]).toEqual([422, 'ats_candidate_id']);
		const noPosting = await call('POST', 'ats/applications', {});
		expect([noPosting.status, noPosting.body.errors[0].field]).toEqual([422, 'ats_job_posting_id']);
		const missingApp = await call('POST', 'ats/applications/move_to_phase', { id: '999999', ats_application_phase_id: foreign.id });
		expect(missingApp.status).toBe(404);
		const [app] = (await call('GET', 'ats/applications')).body.data;
		const otherId = await call('PUT', `ats/applications/${app.id}`, { id: '999999', qualified: true });
		expect(otherId.status).toBe(422);
	});

	test('candidates: location and remote filters go through the postings applied to', async () => {
		const postings = (await call('GET', 'ats/job_postings')).body.data;
		const people = (await call('GET', 'ats/candidates')).body.data;
		const remoteIds = new Set(postings.filter((p) => p.remote).map((p) => p.id));
		const remote = await call('GET', 'ats/candidates?remote=true');
		const remoteCandidates = people.filter((c) => c.ats_job_posting_ids.some((id) => remoteIds.has(id))).map((c) => c.id);
		expect(remoteCandidates.length).toBeGreaterThan(0);
		expect(remoteCandidates.length).toBeLessThan(people.length);
		expect(remote.body.data.map((c) => c.id)).toEqual(remoteCandidates);
		const location = postings[0].location_id;
		const atLocation = new Set(postings.filter((p) => p.location_id === location).map((p) => p.id));
		const local = await call('GET', `ats/candidates?location_ids[]=${location}`);
		const expected = people.filter((c) => c.ats_job_posting_ids.some((id) => atLocation.has(id))).map((c) => c.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(local.body.data.map((c) => c.id)).toEqual(expected);
	});

	test('application phases are read-only and page like every list', async () => {
		const page = await call('GET', 'ats/application_phases?limit=2');
		expect(page.body.data).toHaveLength(2);
		expect(page.body.meta.has_next_page).toBe(true);
		const phase = await call('GET', `ats/application_phases/${page.body.data[0].id}`);
		expect(phase.body).toEqual(page.body.data[0]);
		expect((await call('POST', 'ats/application_phases', { name: 'x' })).status).toBe(404);
	});
});
