import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const companyHoliday: ResourceSpec = {
	name: 'companyHoliday',
	displayName: 'Company Holiday',
	description: 'Public and company holidays of each location',
	operations: [get, getAll],
};
