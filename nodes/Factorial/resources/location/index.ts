import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const location: ResourceSpec = {
	name: 'location',
	displayName: 'Location',
	description: 'Workplaces of the company',
	operations: [get, getAll, create, update, deleteOperation],
};
