import type { OperationSpec } from '../../engine/types';

export const bulkCreate: OperationSpec = {
	name: 'bulkCreate',
	displayName: 'Create Many',
	action: 'Create many planned shifts',
	description: 'Plan several shifts in one request',
	method: 'POST',
	path: 'shift_management/shifts/bulk_create',
	fields: [
		{
			wire: 'shifts',
			displayName: 'Shifts',
			kind: 'json',
			required: true,
			default: '[]',
			description: 'A list of shifts, each with employee_id, company_id, start_at, end_at, state (draft, published or backup) and creation_mode (manual or automatic)',
		},
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'planned_breaks', displayName: 'Planned Breaks', kind: 'json', default: '[]', description: 'Breaks to add to the shifts created' }],
	},
};
