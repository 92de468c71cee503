import type { FieldSpec } from '../../engine/types';

export const employeeIds: FieldSpec = { wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', required: true, description: 'The employees (comma-separated IDs)' };
export const startOn: FieldSpec = { wire: 'start_on', displayName: 'From Date', kind: 'date', required: true, description: 'First day (inclusive)' };
export const endOn: FieldSpec = { wire: 'end_on', displayName: 'To Date', kind: 'date', required: true, description: 'Last day (inclusive)' };
