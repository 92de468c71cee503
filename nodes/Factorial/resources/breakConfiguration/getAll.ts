import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many break configurations',
	description: 'List the kinds of break employees can take, page by page',
	method: 'GET',
	path: 'time_settings/break_configurations',
	list: true,
	// Factorial requires the flag on every list request, so it is always sent.
	fields: [{ wire: 'active', displayName: 'Active', kind: 'boolean', in: 'query', default: true, description: 'Whether to list active breaks (off: archived ones)' }],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'ids', displayName: 'Break Configuration IDs', kind: 'list', each: 'id' }],
	},
};
