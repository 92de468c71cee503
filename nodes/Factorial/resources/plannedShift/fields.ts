import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const plannedShiftId = recordId('plannedShiftId', 'Planned Shift ID');
export const employeeIds: FieldSpec = { wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' };
export const ids: FieldSpec = { wire: 'ids', displayName: 'Planned Shift IDs', kind: 'list', each: 'id' };
// Factorial compares the calendar day only: a shift counts when it ends on or after From and starts before To.
export const startAt: FieldSpec = { wire: 'start_at', displayName: 'From', kind: 'dateTime', description: 'Shifts ending on or after this day' };
export const endAt: FieldSpec = { wire: 'end_at', displayName: 'To', kind: 'dateTime', description: 'Shifts starting before this day' };
