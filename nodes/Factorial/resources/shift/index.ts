import type { ResourceSpec } from '../../engine/types';
import { autofill } from './autofill';
import { breakEnd } from './breakEnd';
import { breakStart } from './breakStart';
import { clockInOperation } from './clockIn';
import { clockOutOperation } from './clockOut';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getOpen } from './getOpen';
import { toggleClock } from './toggleClock';
import { update } from './update';

export const shift: ResourceSpec = {
	name: 'shift',
	displayName: 'Shift',
	description: 'Attendance: clocking in and out, breaks and worked shifts',
	operations: [get, getAll, create, update, deleteOperation, clockInOperation, clockOutOperation, breakStart, breakEnd, toggleClock, getOpen, autofill],
};
