import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const trainingClass: ResourceSpec = {
	name: 'trainingClass',
	displayName: 'Training Class',
	description: 'Groups taking a training on given dates, with their costs',
	operations: [get, getAll, create, update, deleteOperation],
};
