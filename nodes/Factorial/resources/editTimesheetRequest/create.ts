import type { OperationSpec } from '../../engine/types';
import { employeeId, shiftFields, shiftId } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an edit timesheet request',
	description: 'Ask to add, change or delete a shift; a manager approves it in Factorial',
	method: 'POST',
	path: 'attendance/edit_timesheet_requests',
	fields: [
		employeeId,
		{
			wire: 'request_type',
			displayName: 'Request Type',
			kind: 'options',
			required: true,
			default: 'create_shift',
			options: [
				{ name: 'Create Shift', value: 'create_shift' },
				{ name: 'Delete Shift', value: 'delete_shift' },
				{ name: 'Update Shift', value: 'update_shift' },
			],
		},
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [shiftId, ...shiftFields, { wire: 'workable', displayName: 'Workable', kind: 'boolean', description: 'Whether the shift is work (off: a break)' }],
	},
};
