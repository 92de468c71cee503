'use strict';
const { inSet, whenTrue } = require('../filters');

const SEED = [
	{ name: 'Barcelona Office', country: 'ES', state: 'Catalonia', city: 'Barcelona', timezone: 'Europe/Madrid', postal_code: '08001', address_line_1: 'Carrer de la Sandbox 1', main: true, latitude: 41.3874, longitude: 2.1686, radius: 200 },
	{ name: 'Madrid Office', country: 'ES', state: 'Madrid', city: 'Madrid', timezone: 'Europe/Madrid', postal_code: '28001', address_line_1: 'Calle del Sandbox 2', main: false, latitude: 40.4168, longitude: -3.7038, radius: 200 },
	{ name: 'London Office', country: 'GB', state: 'England', city: 'London', timezone: 'Europe/London', postal_code: 'EC1A 1BB', address_line_1: '3 Sandbox Street', main: false, latitude: 51.5072, longitude: -0.1276, radius: 150 },
];

module.exports = {
	name: 'locations',
	path: 'locations/locations',
	object: 'location',
	firstId: 21,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	// The request bodies say address_line_one/two; the location object says address_line_1/2.
	renames: { address_line_one: 'address_line_1', address_line_two: 'address_line_2' },
	defaults: () => ({ main: false }),
	filters: {
		'ids[]': inSet('id'),
		'employee_ids[]': (value, ctx) => {
			const employees = ctx.store.get('employees');
			const wanted = new Set([].concat(value).map((id) => employees.get(id)).filter(Boolean).map((e) => e.location_id));
			return (r) => wanted.has(r.id);
		},
		main: whenTrue(() => (r) => r.main === true),
	},
	seed(ctx) {
		for (const location of SEED) ctx.insert({ company_id: ctx.fixtures.companyId, ...location });
	},
};
