import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';

export const perDiem: ResourceSpec = {
	name: 'perDiem',
	displayName: 'Per Diem',
	description: 'Daily travel allowances claimed as expenses (the detail of an expensable)',
	operations: [get, getAll],
};
