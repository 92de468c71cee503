import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';
import { breakConfigurationId, clockIn, clockOut, locationType, observations, referenceDate, shiftDate, workplaceId } from '../shift/fields';

export const editTimesheetRequestId = recordId('editTimesheetRequestId', 'Edit Timesheet Request ID');

export const employeeId: FieldSpec = { wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true, description: 'The employee whose timesheet changes' };
export const shiftId: FieldSpec = { wire: 'attendance_shift_id', displayName: 'Shift ID', kind: 'id', description: 'The shift to change or delete' };
export const reason: FieldSpec = { wire: 'reason', displayName: 'Reason', kind: 'string' };

const workArea = (wire: string, displayName: string): FieldSpec => ({ wire, displayName, kind: 'id', description: 'A work area within the location' });

/** The shift the request proposes: the same fields for a create and an update. */
export const shiftFields: FieldSpec[] = [
	reason,
	shiftDate,
	clockIn,
	clockOut,
	referenceDate,
	observations,
	locationType,
	workplaceId,
	breakConfigurationId,
	workArea('clock_in_work_area_id', 'Clock In Work Area ID'),
	workArea('clock_out_work_area_id', 'Clock Out Work Area ID'),
];
