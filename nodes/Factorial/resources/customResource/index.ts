import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const customResource: ResourceSpec = {
	name: 'customResource',
	displayName: 'Custom Resource',
	description: 'Records of a custom resource schema, per employee',
	operations: [get, getAll],
};
