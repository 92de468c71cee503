import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const allowanceAdjustment: ResourceSpec = {
	name: 'allowanceAdjustment',
	displayName: 'Allowance Adjustment',
	description: 'Days or hours added to or taken from an employee\'s allowance (Factorial\'s allowance incidences)',
	operations: [get, getAll, create, update, deleteOperation],
};
