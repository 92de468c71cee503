import type { OperationSpec } from '../../engine/types';
import { status } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update Many',
	action: 'Record attendance at a training session',
	description: 'Set the status and the time completed of one or more session attendances',
	method: 'POST',
	path: 'trainings/session_attendances/bulk_update',
	fields: [{ wire: 'ids', displayName: 'Attendance IDs', kind: 'list', each: 'id', required: true }, status],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [{ wire: 'completed_duration', displayName: 'Completed Hours', kind: 'string', placeholder: 'e.g. 1.5', description: 'Time completed, in hours (1.5 is 1 h 30 min)' }],
	},
};
