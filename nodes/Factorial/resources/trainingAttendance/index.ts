import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const trainingAttendance: ResourceSpec = {
	name: 'trainingAttendance',
	displayName: 'Training Attendance',
	description: 'Who attended each training session, and for how long',
	operations: [get, getAll, update],
};
