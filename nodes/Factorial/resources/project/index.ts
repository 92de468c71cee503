import type { ResourceSpec } from '../../engine/types';
import { activate } from './activate';
import { changeStatus } from './changeStatus';
import { close } from './close';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

// Factorial has no delete for projects in 2026-10-01, only a soft delete action.
export const project: ResourceSpec = {
	name: 'project',
	displayName: 'Project',
	description: 'Projects employees record their working time against',
	operations: [get, getAll, create, update, close, activate, changeStatus],
};
