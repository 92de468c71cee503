import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const contractVersion: ResourceSpec = {
	name: 'contractVersion',
	displayName: 'Contract Version',
	description: 'Employment contract terms over time: job title, salary and working time',
	operations: [get, getAll, create, update, deleteOperation],
};
