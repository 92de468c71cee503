import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const leaveType: ResourceSpec = {
	name: 'leaveType',
	displayName: 'Leave Type',
	description: 'Kinds of leave, such as vacation or sick leave',
	operations: [get, getAll, create, update],
};
