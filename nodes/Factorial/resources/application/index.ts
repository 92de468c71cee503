import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { moveToPhase } from './moveToPhase';
import { update } from './update';

export const application: ResourceSpec = {
	name: 'application',
	displayName: 'Application',
	description: 'Recruiting: a candidate applying to a job posting, and where it stands',
	operations: [get, getAll, create, update, deleteOperation, moveToPhase],
};
