import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { create } from './create';

export const customResourceValue: ResourceSpec = {
	name: 'customResourceValue',
	displayName: 'Custom Resource Value',
	description: 'The value of one field of an employee\'s custom resource',
	operations: [get, getAll, create],
};
