import type { OperationSpec } from '../../engine/types';
import { audience, blockedPeriodId, leaveTypeIds, name } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a blocked period',
	description: 'Set the name, leave types, dates and employees of a blocked period; Factorial wants them all',
	method: 'PUT',
	path: 'timeoff/blocked_periods/{id}',
	fields: [
		{ ...blockedPeriodId, in: 'pathAndBody' },
		name,
		leaveTypeIds,
		{
			wire: 'time_periods_attributes',
			displayName: 'Time Periods (JSON)',
			kind: 'json',
			required: true,
			default: '[]',
			hint: 'e.g. [{"start_on": "2026-12-20", "finish_on": "2026-12-31"}]',
			description: 'The periods blocked: start_on, finish_on, name, period_type, duration, duration_unit; id to change an existing one',
		},
		{ wire: 'strategy', displayName: 'Strategy', kind: 'string', required: true, description: 'Factorial\'s access group type: how the employees below are chosen' },
	],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: audience },
};
