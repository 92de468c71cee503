import { getById } from '../../engine/commonOperations';
import { editTimesheetRequestId } from './fields';

export const get = getById({ noun: 'edit timesheet request', path: 'attendance/edit_timesheet_requests/{id}', id: editTimesheetRequestId });
