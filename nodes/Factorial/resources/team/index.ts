import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const team: ResourceSpec = {
	name: 'team',
	displayName: 'Team',
	description: 'Groups of employees, with their leads',
	operations: [get, getAll, create, update, deleteOperation],
};
