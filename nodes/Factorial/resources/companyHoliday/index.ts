import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const companyHoliday: ResourceSpec = {
	value: 'companyHoliday',
	name: 'Company Holiday',
	description: 'Public and company holidays of each location',
	operations: [get, getAll],
};
