import type { ResourceSpec } from '../../engine/types';
import { bulkCreate } from './bulkCreate';
import { create } from './create';
import { deleteOperation } from './delete';
import { getAll } from './getAll';
import { update } from './update';

export const planningVersion: ResourceSpec = {
	name: 'planningVersion',
	displayName: 'Planning Version',
	description: 'How each employee\'s time is planned (schedule, shifts or contract hours) from a given day',
	operations: [getAll, create, bulkCreate, update, deleteOperation],
};
