import type { ResourceSpec } from '../../engine/types';
import { approve } from './approve';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { reject } from './reject';
import { update } from './update';

export const overtimeRequest: ResourceSpec = {
	name: 'overtimeRequest',
	displayName: 'Overtime Request',
	description: 'Overtime employees ask to have recorded, and its approval',
	operations: [get, getAll, create, update, approve, reject, deleteOperation],
};
