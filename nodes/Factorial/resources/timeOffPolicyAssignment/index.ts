import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const timeOffPolicyAssignment: ResourceSpec = {
	name: 'timeOffPolicyAssignment',
	displayName: 'Time Off Policy Assignment',
	description: 'Which time off policy an employee follows, from which day',
	operations: [get, getAll, create, update, deleteOperation],
};
