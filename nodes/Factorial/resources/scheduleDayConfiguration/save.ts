import type { OperationSpec } from '../../engine/types';

export const save: OperationSpec = {
	name: 'save',
	displayName: 'Save Days',
	action: 'Save the days of a schedule period',
	description: 'Create, change or remove the weekday hours of a schedule period in one request',
	method: 'POST',
	path: 'work_schedule/day_configurations/bulk_cud',
	fields: [
		{ wire: 'overlap_period_id', displayName: 'Schedule Period ID', kind: 'id', required: true },
		{
			wire: 'day_configurations',
			displayName: 'Days',
			kind: 'json',
			required: true,
			default: '[]',
			placeholder: '[{"weekday": "monday", "start_at": "09:00", "duration_in_seconds": 28800}]',
			description: 'Each with weekday and duration_in_seconds, optionally start_at; with an id to change an existing day',
		},
	],
};
