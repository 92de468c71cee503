import type { OperationSpec } from '../../engine/types';
import { breakConfigurationId, enabled, settingId } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an attendance break configuration',
	description: 'Allow (or not) a break for the employees of an attendance setting',
	method: 'POST',
	path: 'attendance/break_configurations',
	fields: [
		{ ...breakConfigurationId, required: true },
		{ ...settingId, required: true },
		{ ...enabled, required: true, default: true },
	],
};
