import type { FieldSpec } from '../../engine/types';

export const locationId: FieldSpec = {
	wire: 'id',
	name: 'locationId',
	displayName: 'Location',
	kind: 'locator',
	locator: 'location',
	required: true,
};

export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. Barcelona Office' };
export const country: FieldSpec = {
	wire: 'country',
	displayName: 'Country',
	kind: 'string',
	placeholder: 'e.g. ES',
	description: 'Country code of the location, for example ES or GB',
};
export const timezone: FieldSpec = {
	wire: 'timezone',
	displayName: 'Timezone',
	kind: 'timeZone',
	placeholder: 'e.g. Europe/Madrid',
	description: 'The time zone the location works in, for example Europe/Madrid',
};

// Fields that POST and PUT both take under the same wire name (the location object itself says
// address_line_1/2, the request bodies address_line_one/two).
export const details: FieldSpec[] = [
	{ wire: 'main', displayName: 'Main Location', kind: 'boolean', description: 'Whether this is the company\'s main location (headquarters)' },
	{ wire: 'address_line_one', displayName: 'Address Line 1', kind: 'string' },
	{ wire: 'address_line_two', displayName: 'Address Line 2', kind: 'string' },
	{ wire: 'city', displayName: 'City', kind: 'string' },
	{ wire: 'state', displayName: 'State', kind: 'string', description: 'State, province or region' },
	{ wire: 'postal_code', displayName: 'Postal Code', kind: 'string' },
	{ wire: 'phone_number', displayName: 'Phone Number', kind: 'string' },
	{ wire: 'latitude', displayName: 'Latitude', kind: 'number', min: -90, max: 90 },
	{ wire: 'longitude', displayName: 'Longitude', kind: 'number', min: -180, max: 180 },
	{ wire: 'radius', displayName: 'Radius', kind: 'number', min: 0, description: 'Radius around the location, used when employees clock in from there' },
	{ wire: 'siret', displayName: 'SIRET', kind: 'string', description: 'French establishment number (France only)' },
];
