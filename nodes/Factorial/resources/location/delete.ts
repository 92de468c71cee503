import type { OperationSpec } from '../../engine/types';
import { locationId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a location',
	description: 'Delete a location',
	method: 'DELETE',
	path: 'locations/locations/{id}',
	fields: [{ ...locationId, in: 'path' }],
};
