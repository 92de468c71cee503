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
	require('./folders'),
	require('./documents'),
	require('./download-urls'),
	require('./webhook-subscriptions'),
];
