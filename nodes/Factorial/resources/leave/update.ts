import type { OperationSpec } from '../../engine/types';
import { employeeId, leaveDetails, leaveId, startOn } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a leave',
	description: 'Change fields of a leave',
	method: 'PUT',
	path: 'timeoff/leaves/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...leaveId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [
			employeeId,
			startOn,
			...leaveDetails,
			{ wire: 'approved', displayName: 'Approved', kind: 'boolean', description: 'Whether the leave is approved' },
			{ wire: 'skip_notifications', displayName: 'Skip Notifications', kind: 'boolean', description: 'Whether to change the leave without notifying anyone' },
			{ wire: 'skip_validations', displayName: 'Skip Validations', kind: 'boolean', description: 'Whether to skip Factorial\'s checks for this change' },
			{ wire: 'skip_medical_leave', displayName: 'Skip Medical Leave Processing', kind: 'boolean', description: 'Whether to skip the processing of medical leaves for this change' },
		],
	},
};
