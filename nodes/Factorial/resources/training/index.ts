import type { ResourceSpec } from '../../engine/types';
import { bulkDelete } from './bulkDelete';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { setCatalog } from './setCatalog';
import { update } from './update';
import { updateStatus } from './updateStatus';

export const training: ResourceSpec = {
	name: 'training',
	displayName: 'Training',
	description: 'Courses the company offers employees',
	operations: [get, getAll, create, update, updateStatus, setCatalog, deleteOperation, bulkDelete],
};
