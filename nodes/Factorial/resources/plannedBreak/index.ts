import type { ResourceSpec } from '../../engine/types';
import { bulkCreate } from './bulkCreate';
import { get } from './get';

export const plannedBreak: ResourceSpec = {
	name: 'plannedBreak',
	displayName: 'Planned Break',
	description: 'Breaks planned inside shifts and schedules',
	operations: [get, bulkCreate],
};
