import type { OperationSpec } from '../../engine/types';
import { attendanceBreakConfigurationId, enabled } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an attendance break configuration',
	description: 'Enable or disable the break for the attendance setting',
	method: 'PUT',
	path: 'attendance/break_configurations/{id}',
	fields: [{ ...attendanceBreakConfigurationId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [enabled] },
};
