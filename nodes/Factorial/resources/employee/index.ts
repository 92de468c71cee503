import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { invite } from './invite';
import { terminate } from './terminate';
import { unterminate } from './unterminate';
import { update } from './update';

export const employee: ResourceSpec = {
	name: 'employee',
	displayName: 'Employee',
	description: 'People in the company: hire, update, invite, terminate',
	operations: [get, getAll, create, update, terminate, unterminate, invite],
};
