import type { OperationSpec } from '../../engine/types';
import { overlapPeriodId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a schedule period',
	description: 'Change the first or last day of a schedule period',
	method: 'PUT',
	path: 'work_schedule/overlap_periods/{id}',
	fields: [{ ...overlapPeriodId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [{ wire: 'update_params', displayName: 'Period', kind: 'json', placeholder: '{"start_day": 1, "start_month": 6, "end_day": 15, "end_month": 9}', description: 'Any of start_day, start_month, end_day, end_month' }],
	},
};
