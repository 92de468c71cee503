import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const customField: ResourceSpec = {
	value: 'customField',
	name: 'Custom Field',
	description: 'The company\'s custom fields (their values are Custom Field Values)',
	operations: [get, getAll],
};
