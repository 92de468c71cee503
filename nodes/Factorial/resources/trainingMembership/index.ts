import type { ResourceSpec } from '../../engine/types';
import { add } from './add';
import { complete } from './complete';
import { get } from './get';
import { getAll } from './getAll';
import { remove } from './remove';

export const trainingMembership: ResourceSpec = {
	name: 'trainingMembership',
	displayName: 'Training Participant',
	description: 'Employees assigned to trainings, and their progress',
	operations: [get, getAll, add, complete, remove],
};
