import type { OperationSpec } from '../../engine/types';
import { editTimesheetRequestId, employeeId, shiftFields, shiftId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an edit timesheet request',
	description: 'Change the shift an edit timesheet request proposes',
	method: 'PUT',
	path: 'attendance/edit_timesheet_requests/{id}',
	fields: [{ ...editTimesheetRequestId, in: 'pathAndBody' }, employeeId],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [shiftId, ...shiftFields] },
};
