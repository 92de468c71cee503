import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const customFieldValue: ResourceSpec = {
	name: 'customFieldValue',
	displayName: 'Custom Field Value',
	description: 'Values of the company\'s custom fields on employees and other records',
	operations: [get, getAll, create, update],
};
