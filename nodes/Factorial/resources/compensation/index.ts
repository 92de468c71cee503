import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const compensation: ResourceSpec = {
	name: 'compensation',
	displayName: 'Compensation',
	description: 'Pay items of a contract version: bonuses, allowances, variable pay',
	operations: [get, getAll, create, update, deleteOperation],
};
