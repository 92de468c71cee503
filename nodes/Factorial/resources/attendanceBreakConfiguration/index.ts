import type { ResourceSpec } from '../../engine/types';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const attendanceBreakConfiguration: ResourceSpec = {
	name: 'attendanceBreakConfiguration',
	displayName: 'Attendance Break Configuration',
	description: 'Which breaks the employees of an attendance setting may take',
	operations: [get, getAll, create, update],
};
