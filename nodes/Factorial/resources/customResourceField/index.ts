import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { create } from './create';

export const customResourceField: ResourceSpec = {
	name: 'customResourceField',
	displayName: 'Custom Resource Field',
	description: 'The fields of a custom resource schema',
	operations: [get, getAll, create],
};
