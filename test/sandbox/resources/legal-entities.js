'use strict';
const { inSet, inSetFolded } = require('../filters');
const facts = require('../facts');

// bodies-2026-10-01.json has no POST companies/legal_entities body, so the create fields are the
// legal_entity object's own fields, with its required ones (bar id and company_id) required.
const objectFields = facts.objectFields('legal_entity');
const createFields = Object.fromEntries(
	Object.entries(objectFields)
		.filter(([name]) => name !== 'id')
		.map(([name, spec]) => [name, { type: spec.type, required: spec.required && name !== 'company_id' }]),
);

module.exports = {
	name: 'legal_entities',
	path: 'companies/legal_entities',
	object: 'legal_entity',
	firstId: 31,
	ops: ['list', 'get', 'create'],
	createFields,
	defaults: (ctx) => ({ company_id: ctx.fixtures.companyId }),
	filters: {
		'ids[]': inSet('id'),
		'companies_ids[]': inSet('company_id'),
		'country_ids[]': inSetFolded('country'),
		'employees_ids[]': (value, ctx) => {
			const wanted = new Set(
				[].concat(value).map((id) => ctx.store.get('employees').get(id)).filter(Boolean).map((e) => e.legal_entity_id),
			);
			return (r) => wanted.has(r.id);
		},
	},
	seed(ctx) {
		ctx.insert({
			company_id: ctx.fixtures.companyId,
			country: 'es',
			legal_name: 'Sandbox Labs S.L.',
			currency: 'EUR',
			tin: 'B00000000',
			city: 'Barcelona',
			state: 'Catalonia',
			postal_code: '08001',
			address_line_1: 'Carrer de la Sandbox 1',
			address_line_2: null,
		});
	},
};
