import type { OperationSpec } from '../../engine/types';
import { breakConfigurationId, clockCheck, employeeId, now, observations } from './fields';

export const breakStart: OperationSpec = {
	name: 'breakStart',
	displayName: 'Break Start',
	action: 'Start a break',
	description: 'Start a break in the open shift',
	tool: { returns: 'Returns the shift' },
	method: 'POST',
	path: 'attendance/shifts/break_start',
	fields: [now('Break Start Time')],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [employeeId('The employee who takes the break'), observations, breakConfigurationId],
	},
	check: clockCheck('a break of that employee started at that minute', (shift, at) => shift.date === at.date && shift.clock_in === at.time && shift.workable === false),
};
