import type { ResourceSpec } from '../../engine/types';
import { approve } from './approve';
import { approveAll } from './approveAll';
import { bulkDelete } from './bulkDelete';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getFrenchDayCounts } from './getFrenchDayCounts';
import { reject } from './reject';
import { update } from './update';

export const leave: ResourceSpec = {
	name: 'leave',
	displayName: 'Leave',
	description: 'Time off of employees: vacation, sick leave and others',
	operations: [get, getAll, create, update, deleteOperation, approve, reject, approveAll, bulkDelete, getFrenchDayCounts],
};
