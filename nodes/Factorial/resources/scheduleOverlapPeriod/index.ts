import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const scheduleOverlapPeriod: ResourceSpec = {
	name: 'scheduleOverlapPeriod',
	displayName: 'Schedule Period',
	description: 'Periods of the year a work schedule is made of (Factorial\'s overlap periods)',
	operations: [get, getAll, create, update, deleteOperation],
};
