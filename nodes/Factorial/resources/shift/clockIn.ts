import type { OperationSpec } from '../../engine/types';
import {
	breakConfigurationId,
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
	value: 'clockIn',
	name: 'Clock In',
	action: 'Clock in an employee',
	description: 'Start a shift: the employee starts working',
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
};
