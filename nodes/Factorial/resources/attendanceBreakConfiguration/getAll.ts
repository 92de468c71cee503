import type { OperationSpec } from '../../engine/types';
import { enabled, settingId } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many attendance break configurations',
	description: 'List which breaks each attendance setting allows, page by page',
	method: 'GET',
	path: 'attendance/break_configurations',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Attendance Break Configuration IDs', kind: 'list', each: 'id' },
			{ wire: 'time_settings_break_configuration_ids', displayName: 'Break Configuration IDs', kind: 'list', each: 'id' },
			settingId,
			{ ...enabled, description: 'Whether to keep only enabled ones (off: only disabled ones)' },
		],
	},
};
