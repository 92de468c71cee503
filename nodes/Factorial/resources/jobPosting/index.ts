import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { duplicate } from './duplicate';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const jobPosting: ResourceSpec = {
	name: 'jobPosting',
	displayName: 'Job Posting',
	description: 'Recruiting: open positions candidates apply to',
	operations: [get, getAll, create, update, deleteOperation, duplicate],
};
