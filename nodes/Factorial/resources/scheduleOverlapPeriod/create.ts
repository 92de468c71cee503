import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a schedule period',
	description: 'Add a period of the year (e.g. summer) to a work schedule',
	method: 'POST',
	path: 'work_schedule/overlap_periods',
	fields: [{ wire: 'schedule_id', displayName: 'Work Schedule ID', kind: 'id', required: true }],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{
				wire: 'create_params',
				displayName: 'Period',
				kind: 'json',
				placeholder: '{"default": false, "start_day": 1, "start_month": 6, "end_day": 31, "end_month": 8, "schedule_type": "fixed"}',
				description: 'default, start_day, start_month, end_day, end_month and schedule_type',
			},
		],
	},
};
