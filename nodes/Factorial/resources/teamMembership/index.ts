import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const teamMembership: ResourceSpec = {
	name: 'teamMembership',
	displayName: 'Team Membership',
	description: 'Which employees are in which team, and who leads it',
	operations: [get, getAll, create, update, deleteOperation],
};
