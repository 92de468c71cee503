import type { OperationSpec } from '../../engine/types';

export const bulkCreate: OperationSpec = {
	name: 'bulkCreate',
	displayName: 'Create Many',
	action: 'Create many planned breaks',
	description: 'Plan breaks in shifts, default shifts or day configurations',
	method: 'POST',
	path: 'time_planning/planned_breaks/bulk_create',
	fields: [
		{
			wire: 'planned_breaks',
			displayName: 'Planned Breaks',
			kind: 'json',
			required: true,
			default: '[]',
			description: 'A list of breaks, each with break_configuration_id and start_at, end_at or duration, and the shift_id, default_shift_id or day_configuration_id it belongs to',
		},
	],
};
