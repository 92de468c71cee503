import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const candidate: ResourceSpec = {
	name: 'candidate',
	displayName: 'Candidate',
	description: 'Recruiting: people who apply, or may apply, to job postings',
	operations: [get, getAll, create, update, deleteOperation],
};
