import { getById } from '../../engine/commonOperations';
import { locationId } from './fields';

export const get = getById({ noun: 'location', path: 'locations/locations/{id}', id: locationId });
