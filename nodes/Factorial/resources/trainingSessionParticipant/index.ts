import type { ResourceSpec } from '../../engine/types';
import { add } from './add';
import { get } from './get';
import { getAll } from './getAll';
import { remove } from './remove';

export const trainingSessionParticipant: ResourceSpec = {
	name: 'trainingSessionParticipant',
	displayName: 'Training Session Participant',
	description: 'Employees invited to a training session',
	operations: [get, getAll, add, remove],
};
