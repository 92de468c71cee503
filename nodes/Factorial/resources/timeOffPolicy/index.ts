import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getTimeline } from './getTimeline';
import { update } from './update';

export const timeOffPolicy: ResourceSpec = {
	name: 'timeOffPolicy',
	displayName: 'Time Off Policy',
	description: 'Time off policies, which group the allowances employees get',
	operations: [get, getAll, create, update, deleteOperation, getTimeline],
};
