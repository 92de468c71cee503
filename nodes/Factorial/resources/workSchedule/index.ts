import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { toggleArchive } from './toggleArchive';
import { update } from './update';

export const workSchedule: ResourceSpec = {
	name: 'workSchedule',
	displayName: 'Work Schedule',
	description: 'Work schedules: the hours employees are expected to work',
	operations: [get, getAll, create, update, toggleArchive],
};
