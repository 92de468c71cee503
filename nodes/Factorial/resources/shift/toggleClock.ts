import type { OperationSpec } from '../../engine/types';
import { breakConfigurationId, employeeId, locationType, observations } from './fields';

export const toggleClock: OperationSpec = {
	name: 'toggleClock',
	displayName: 'Toggle Clock',
	action: 'Clock an employee in or out',
	description: 'Clock in when the employee is out, clock out when in (with a break configuration: into or out of a break)',
	tool: { returns: 'Returns the shift' },
	method: 'POST',
	path: 'attendance/shifts/toggle_clock',
	fields: [
		{ ...employeeId('The employee who clocks'), required: true },
		{ wire: 'clock_time', displayName: 'Clock Time', kind: 'dateTime', autofill: 'now', description: 'Leave empty to use the current time' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			observations,
			locationType,
			breakConfigurationId,
			{ wire: 'project_id', displayName: 'Project', kind: 'locator', locator: 'project', description: 'A project the employee is assigned to' },
		],
	},
};
