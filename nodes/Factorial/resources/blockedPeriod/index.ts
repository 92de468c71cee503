import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const blockedPeriod: ResourceSpec = {
	name: 'blockedPeriod',
	displayName: 'Blocked Period',
	description: 'Periods in which employees cannot request some kinds of time off',
	operations: [get, getAll, create, update, deleteOperation],
};
