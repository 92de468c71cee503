import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const mileage: ResourceSpec = {
	name: 'mileage',
	displayName: 'Mileage',
	description: 'Travel expenses by distance (the detail of an expensable)',
	operations: [get, getAll],
};
