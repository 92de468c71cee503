import { halfDay, recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const leaveId: FieldSpec = recordId('leaveId', 'Leave ID', 'The ID of the leave (time off request)');

export const employeeId: FieldSpec = {
	wire: 'employee_id',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	description: 'The employee taking the leave',
};

export const startOn: FieldSpec = { wire: 'start_on', displayName: 'Start Date', kind: 'date', description: 'The first day of the leave' };

// Fields that POST and PUT both take under the same wire name.
export const leaveDetails: FieldSpec[] = [
	{ wire: 'leave_type_id', displayName: 'Leave Type', kind: 'locator', locator: 'leaveType', description: 'The kind of leave, for example vacation or sick leave' },
	{ wire: 'finish_on', displayName: 'End Date', kind: 'date', description: 'The last day of the leave (inclusive). Leave empty for an open-ended leave, if the leave type allows it.' },
	halfDay,
	{ wire: 'description', displayName: 'Description', kind: 'string' },
	{ wire: 'start_time', displayName: 'Start Time', kind: 'string', placeholder: 'e.g. 09:00', description: 'For leaves counted in hours: when the leave starts' },
	{ wire: 'hours_amount_in_cents', displayName: 'Hours (in Cents)', kind: 'number', min: 0, description: 'For leaves counted in hours: the hours taken, in hundredths (800 = 8 hours)' },
];
