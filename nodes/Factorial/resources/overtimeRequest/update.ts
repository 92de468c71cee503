import type { OperationSpec } from '../../engine/types';
import { date, description, hoursAmount, overtimeRequestId, reason } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an overtime request',
	description: 'Change the day, hours, description or reason of an overtime request',
	method: 'PUT',
	path: 'attendance/overtime_requests/{id}',
	fields: [{ ...overtimeRequestId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [date, hoursAmount, description, reason] },
};
