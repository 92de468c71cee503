'use strict';
// Read-only: Factorial lists and reads phases but has no endpoint that writes them. Each job posting
// has its own pipeline (recruiting-links.js), made when the posting is created or duplicated.
const { createPipeline } = require('./recruiting-links');

module.exports = {
	name: 'application_phases',
	path: 'ats/application_phases',
	object: 'application_phase',
	firstId: 5101,
	ops: ['list', 'get'],
	seed(ctx) {
		for (const posting of ctx.store.get('job_postings').all()) createPipeline(ctx.store, posting.id);
	},
};
