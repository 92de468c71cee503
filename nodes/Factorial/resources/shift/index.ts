import type { ResourceSpec } from '../../engine/types';
import { breakEnd } from './breakEnd';
import { breakStart } from './breakStart';
import { clockInOperation } from './clockIn';
import { clockOutOperation } from './clockOut';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const shift: ResourceSpec = {
	name: 'shift',
	displayName: 'Shift',
	description: 'Attendance: clocking in and out, breaks and worked shifts',
	operations: [get, getAll, create, update, deleteOperation, clockInOperation, clockOutOperation, breakStart, breakEnd],
};
