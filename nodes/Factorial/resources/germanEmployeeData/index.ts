import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const germanEmployeeData: ResourceSpec = {
	name: 'germanEmployeeData',
	displayName: 'German Employee Data',
	description: 'Employees\' German payroll data: tax class, social insurance classes, church tax',
	operations: [get, getAll, create, update],
};
