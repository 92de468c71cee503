import type { OperationSpec } from '../../engine/types';
import { clockCheck, employeeId, now, observations, position } from './fields';

export const clockOutOperation: OperationSpec = {
	name: 'clockOut',
	displayName: 'Clock Out',
	action: 'Clock out an employee',
	description: 'End the open shift: the employee stops working',
	tool: { needs: 'Needs the Employee (an ID), except with a user\'s own OAuth2 credential, which clocks out that user; the time is now unless one is given', returns: 'Returns the closed shift with its clock_in and clock_out' },
	method: 'POST',
	path: 'attendance/shifts/clock_out',
	fields: [now('Clock Out Time')],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [employeeId('The employee who clocks out'), observations, ...position],
	},
	check: clockCheck('a shift of that employee clocked out at that minute', (shift, at) => shift.clock_out === at.time),
};
