import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const overtimeRequestId = recordId('overtimeRequestId', 'Overtime Request ID');

export const employeeId: FieldSpec = {
	wire: 'employee_id',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	description: 'The employee who worked the overtime',
};

export const date: FieldSpec = { wire: 'date', displayName: 'Date', kind: 'date', description: 'The day the overtime was worked' };
export const description: FieldSpec = { wire: 'description', displayName: 'Description', kind: 'string' };
export const hoursAmount: FieldSpec = { wire: 'hours_amount', displayName: 'Hours', kind: 'number', min: 0, description: 'How many hours of overtime, for example 2.5' };
export const reason: FieldSpec = { wire: 'reason', displayName: 'Reason', kind: 'string' };
export const approverId: FieldSpec = { wire: 'approver_id', displayName: 'Approver ID', kind: 'id', description: 'Who approves or rejects, when not the credential\'s user' };
