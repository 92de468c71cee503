import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';

export const timeRecord: ResourceSpec = {
	name: 'timeRecord',
	displayName: 'Time Record',
	description: 'Time employees spent on projects',
	operations: [get, getAll, create, deleteOperation],
};
