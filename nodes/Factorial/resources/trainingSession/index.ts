import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const trainingSession: ResourceSpec = {
	name: 'trainingSession',
	displayName: 'Training Session',
	description: 'The sessions of a training: when, where or online',
	operations: [get, getAll, create, update, deleteOperation],
};
