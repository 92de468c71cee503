'use strict';
// One entry per resource. Order matters for seeding: later entries may link to earlier ones.
// To add a resource, write an entry (see employees.js for every option) and list it here.
module.exports = [
	require('./credentials'),
	require('./legal-entities'),
	require('./locations'),
	require('./teams'),
	require('./employees'),
	require('./memberships'),
	require('./company-holidays'),
	require('./leave-types'),
	require('./allowances'),
	require('./leaves'),
	require('./shifts'),
	require('./tasks'),
	require('./projects'),
	require('./project-workers'),
	require('./time-records'),
	require('./contract-versions'),
	require('./compensations'),
	require('./payroll-supplements'),
	require('./job-postings'),
	require('./application-phases'),
	require('./candidates'),
	require('./applications'),
	require('./webhook-subscriptions'),
];
