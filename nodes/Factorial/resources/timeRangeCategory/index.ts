import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const timeRangeCategory: ResourceSpec = {
	name: 'timeRangeCategory',
	displayName: 'Time Range Category',
	description: 'Custom time range categories (e.g. night hours) that split worked time',
	operations: [get, getAll],
};
