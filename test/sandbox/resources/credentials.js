'use strict';
// GET api_public/credentials describes the calling credential (ApiPublicCredential in
// Factorial's OAuth guide): user fields for user tokens, company fields otherwise.

const COMPANY_PROFILE = {
	name: 'Sandbox Labs',
	legal_name: 'Sandbox Labs S.L.',
	locale: 'en',
	logo: null,
	onboarded_on: '2018-01-08',
	subscription_plan: 'enterprise',
	tin: 'B00000000',
	to_be_deleted: null,
	tos: true,
	gdpr_tos: true,
};

function credentialRecord(ctx) {
	const { principal, fixtures, store } = ctx;
	const base = { id: principal.credentialId, company_id: fixtures.companyId };
	if (principal.kind !== 'user') return { ...base, employee_id: null, full_name: COMPANY_PROFILE.name, ...COMPANY_PROFILE };
	const employee = store.get('employees').get(principal.employeeId);
	return {
		...base,
		employee_id: principal.employeeId,
		email: employee ? employee.email : null,
		login_email: employee ? employee.login_email : null,
		first_name: employee ? employee.first_name : null,
		last_name: employee ? employee.last_name : null,
		full_name: employee ? employee.full_name : null,
		role: 'admin',
	};
}

module.exports = {
	name: 'credentials',
	path: 'api_public/credentials',
	ops: ['list'],
	records: (ctx) => [credentialRecord(ctx)],
};
