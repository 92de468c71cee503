import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';

export const customField: ResourceSpec = {
	name: 'customField',
	displayName: 'Custom Field',
	description: 'The company\'s custom fields (their values are Custom Field Values)',
	operations: [get, getAll, create, deleteOperation],
};
