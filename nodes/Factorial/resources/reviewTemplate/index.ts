import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const reviewTemplate: ResourceSpec = {
	name: 'reviewTemplate',
	displayName: 'Review Template',
	description: 'Templates review processes are created from (read only)',
	operations: [get, getAll],
};
