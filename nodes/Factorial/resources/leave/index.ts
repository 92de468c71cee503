import type { ResourceSpec } from '../../engine/types';
import { approve } from './approve';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { reject } from './reject';
import { update } from './update';

export const leave: ResourceSpec = {
	name: 'leave',
	displayName: 'Leave',
	description: 'Time off of employees: vacation, sick leave and others',
	operations: [get, getAll, create, update, deleteOperation, approve, reject],
};
