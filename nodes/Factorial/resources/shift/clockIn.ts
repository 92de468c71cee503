import type { OperationSpec } from '../../engine/types';
import {
	breakConfigurationId,
	clockCheck,
	employeeId,
	locationType,
	now,
	observations,
	position,
	projectWorkerId,
	subprojectId,
	workplaceId,
} from './fields';

export const clockInOperation: OperationSpec = {
	name: 'clockIn',
	displayName: 'Clock In',
	action: 'Clock in an employee',
	description: 'Start a shift: the employee starts working',
	tool: { needs: 'Needs the Employee (an ID), except with a user\'s own OAuth2 credential, which clocks in that user; the time is now unless one is given', returns: 'Returns the open shift with its id, employee_id, date and clock_in' },
	method: 'POST',
	path: 'attendance/shifts/clock_in',
	fields: [now('Clock In Time')],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			employeeId('The employee who clocks in'),
			observations,
			locationType,
			workplaceId,
			...position,
			breakConfigurationId,
			projectWorkerId,
			subprojectId,
		],
	},
	// An employee has one open shift at most: a work shift opened at that minute is this clock-in.
	check: clockCheck('an open work shift of that employee, clocked in at that minute', (shift, at) => shift.date === at.date && shift.clock_in === at.time && shift.workable !== false),
};
