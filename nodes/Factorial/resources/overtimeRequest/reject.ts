import type { OperationSpec } from '../../engine/types';
import { approverId, overtimeRequestId, reason } from './fields';

export const reject: OperationSpec = {
	name: 'reject',
	displayName: 'Reject',
	action: 'Reject an overtime request',
	description: 'Reject a pending overtime request; Factorial requires a reason',
	method: 'POST',
	path: 'attendance/overtime_requests/reject',
	fields: [overtimeRequestId, { ...reason, required: true, description: 'Why the overtime is rejected' }],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [approverId] },
};
