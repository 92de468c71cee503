import type { OperationSpec } from '../../engine/types';
import { name, workScheduleId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Rename a work schedule',
	description: 'Change the name of a work schedule',
	method: 'PUT',
	path: 'work_schedule/schedules/{id}',
	fields: [{ ...workScheduleId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [name] },
};
