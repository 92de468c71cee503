import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { create } from './create';

export const customResourceSchema: ResourceSpec = {
	name: 'customResourceSchema',
	displayName: 'Custom Resource Schema',
	description: 'Custom resources: record types of your own shown on employee profiles',
	operations: [get, getAll, create],
};
