import { deleteById } from '../../engine/commonOperations';
import { editTimesheetRequestId } from './fields';

export const deleteOperation = deleteById({ noun: 'edit timesheet request', path: 'attendance/edit_timesheet_requests/{id}', id: editTimesheetRequestId });
