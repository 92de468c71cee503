import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';

export const trainingCategory: ResourceSpec = {
	name: 'trainingCategory',
	displayName: 'Training Category',
	description: 'Categories that group trainings',
	operations: [get, getAll, create, deleteOperation],
};
