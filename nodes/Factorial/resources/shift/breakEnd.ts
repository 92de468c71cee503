import type { OperationSpec } from '../../engine/types';
import { clockCheck, employeeId, now, observations, projectWorkerId, subprojectId } from './fields';

export const breakEnd: OperationSpec = {
	name: 'breakEnd',
	displayName: 'Break End',
	action: 'End a break',
	description: 'End the break: the employee is back at work',
	tool: { returns: 'Returns the shift' },
	method: 'POST',
	path: 'attendance/shifts/break_end',
	fields: [now('Break End Time')],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [employeeId('The employee who ends the break'), observations, projectWorkerId, subprojectId],
	},
	check: clockCheck('a break of that employee ended at that minute', (shift, at) => shift.clock_out === at.time && shift.workable === false),
};
