import type { OperationSpec } from '../../engine/types';
import { country, details, locationId, name, timezone } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a location',
	description: 'Change fields of a location',
	method: 'PUT',
	path: 'locations/locations/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...locationId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [name, country, timezone, ...details] },
};
