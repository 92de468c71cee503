import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { getBalances } from './getBalances';

export const allowance: ResourceSpec = {
	name: 'allowance',
	displayName: 'Allowance',
	description: 'How much time off of each kind employees are entitled to',
	operations: [get, getAll, getBalances],
};
