import type { ResourceSpec } from '../../engine/types';
import { assign } from './assign';
import { get } from './get';
import { getAll } from './getAll';

export const projectWorker: ResourceSpec = {
	name: 'projectWorker',
	displayName: 'Project Worker',
	description: 'Which employees work on which project',
	operations: [assign, get, getAll],
};
