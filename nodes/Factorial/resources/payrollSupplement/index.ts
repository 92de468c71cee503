import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const payrollSupplement: ResourceSpec = {
	name: 'payrollSupplement',
	displayName: 'Payroll Supplement',
	description: 'Amounts added to an employee\'s payroll for one period: overtime, bonuses, allowances',
	operations: [get, getAll, create, update, deleteOperation],
};
