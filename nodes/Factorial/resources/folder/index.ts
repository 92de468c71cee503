import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const folder: ResourceSpec = {
	name: 'folder',
	displayName: 'Folder',
	description: 'Folders that documents are filed in',
	operations: [get, getAll, create, update],
};
