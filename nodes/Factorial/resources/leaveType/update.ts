import type { OperationSpec } from '../../engine/types';
import { essentials, leaveTypeId, settings } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a leave type',
	description: 'Change the settings of a leave type',
	method: 'PUT',
	path: 'timeoff/leave_types/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...leaveTypeId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [
			...essentials,
			...settings,
			{ wire: 'active', displayName: 'Active', kind: 'boolean', description: 'Whether the leave type is in use; turn off to retire it' },
		],
	},
};
