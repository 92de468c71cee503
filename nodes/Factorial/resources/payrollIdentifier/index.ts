import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const payrollIdentifier: ResourceSpec = {
	name: 'payrollIdentifier',
	displayName: 'Payroll Identifier',
	description: 'Employees\' social security numbers and tax IDs for payroll in Germany, Italy and Portugal',
	operations: [get, getAll, create, update, deleteOperation],
};
