import { listHolds } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { country, details, name, timezone } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a location',
	description: 'Create a location (workplace)',
	method: 'POST',
	path: 'locations/locations',
	fields: [
		{ ...name, required: true },
		{ ...country, required: true },
		{ ...timezone, required: true },
		autofilledCompanyId,
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: details },
	// Locations can only be listed whole (no name filter in the catalog).
	check: listHolds(
		'a location with that name and country',
		() => ({ path: 'locations/locations' }),
		(location, sent) => location.name === sent.values.name && location.country === sent.values.country,
	),
};
