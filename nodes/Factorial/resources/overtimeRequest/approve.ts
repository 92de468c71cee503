import type { OperationSpec } from '../../engine/types';
import { approverId, overtimeRequestId, reason } from './fields';

export const approve: OperationSpec = {
	name: 'approve',
	displayName: 'Approve',
	action: 'Approve an overtime request',
	description: 'Approve a pending overtime request',
	method: 'POST',
	path: 'attendance/overtime_requests/approve',
	fields: [overtimeRequestId],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [reason, approverId] },
};
