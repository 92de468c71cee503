import { deleteById } from '../../engine/commonOperations';
import { locationId } from './fields';

export const deleteOperation = deleteById({
	noun: 'location',
	path: 'locations/locations/{id}',
	id: locationId,
});
