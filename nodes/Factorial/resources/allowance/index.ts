import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { deleteAndMove } from './deleteAndMove';
import { get } from './get';
import { getAll } from './getAll';
import { getBalances } from './getBalances';
import { update } from './update';

export const allowance: ResourceSpec = {
	name: 'allowance',
	displayName: 'Allowance',
	description: 'How much time off of each kind employees are entitled to',
	operations: [get, getAll, getBalances, create, update, deleteOperation, deleteAndMove],
};
