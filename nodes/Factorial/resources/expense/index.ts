import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const expense: ResourceSpec = {
	name: 'expense',
	displayName: 'Expense',
	description: 'Expenses employees report',
	operations: [get, getAll],
};
