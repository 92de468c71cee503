import type { FieldSpec } from '../../engine/types';

export const employeeIds: FieldSpec = { wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' };
export const startOn: FieldSpec = { wire: 'start_on', displayName: 'From Date', kind: 'date', description: 'First day of the range (inclusive)' };
export const endOn: FieldSpec = { wire: 'end_on', displayName: 'To Date', kind: 'date', description: 'Last day of the range (inclusive)' };
