import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const editTimesheetRequest: ResourceSpec = {
	name: 'editTimesheetRequest',
	displayName: 'Edit Timesheet Request',
	description: 'Requests to add, change or delete a shift, for a manager to approve',
	operations: [get, getAll, create, update, deleteOperation],
};
