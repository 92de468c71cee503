import type { OperationSpec } from '../../engine/types';
import { breakConfigurationId, name, paid } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a break configuration',
	description: 'Rename a break, change whether it is paid, or archive it',
	method: 'PUT',
	path: 'time_settings/break_configurations/{id}',
	fields: [{ ...breakConfigurationId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [name, paid, { wire: 'archived', displayName: 'Archived', kind: 'boolean', description: 'Whether the break is archived (no longer offered)' }],
	},
};
