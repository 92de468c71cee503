import type { OperationSpec } from '../../engine/types';
import { projectWorkerId } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a time record',
	description: 'Record time an employee spent on a project',
	method: 'POST',
	path: 'project_management/time_records',
	fields: [projectWorkerId],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'attendance_shift_id', displayName: 'Shift ID', kind: 'id', description: 'The attendance shift the time was worked in; its date and length are used' },
			{ wire: 'date', displayName: 'Date', kind: 'date', description: 'Without a shift: the day the time was worked' },
			{ wire: 'imputed_minutes', displayName: 'Minutes', kind: 'number', min: 0, integer: true, description: 'Without a shift: how many minutes were worked' },
			{ wire: 'subproject_id', displayName: 'Subproject ID', kind: 'id' },
			{ wire: 'project_task_id', displayName: 'Project Task ID', kind: 'id' },
		],
	},
};
