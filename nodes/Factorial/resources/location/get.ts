import type { OperationSpec } from '../../engine/types';
import { locationId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a location',
	description: 'Retrieve one location',
	method: 'GET',
	path: 'locations/locations/{id}',
	fields: [{ ...locationId, in: 'path' }],
};
