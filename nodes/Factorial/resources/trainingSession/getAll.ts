import type { OperationSpec } from '../../engine/types';
import { modality } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many training sessions',
	description: 'List training sessions, page by page',
	method: 'GET',
	path: 'trainings/sessions',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'training_ids', displayName: 'Training IDs', kind: 'list', each: 'id' },
			{ wire: 'training_class_ids', displayName: 'Training Class IDs', kind: 'list', each: 'id' },
			{ wire: 'ids', displayName: 'Session IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', description: 'Sessions this employee takes part in' },
			{ wire: 'start_after', displayName: 'Starts After', kind: 'dateTime' },
			{ wire: 'start_before', displayName: 'Starts Before', kind: 'dateTime' },
			modality,
			{ wire: 'search', displayName: 'Search', kind: 'string' },
			{ wire: 'active', displayName: 'Active', kind: 'boolean', default: true, description: 'Whether to keep only active sessions' },
		],
	},
};
