import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many folders',
	description: 'List document folders, page by page',
	method: 'GET',
	path: 'documents/folders',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Folder IDs', kind: 'list', each: 'id' },
			{ wire: 'name', displayName: 'Name', kind: 'string', description: 'Only the folder with this name' },
			{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', description: 'Only folders of this employee' },
			{ wire: 'active', displayName: 'Active', kind: 'boolean', description: 'Whether to keep only active folders' },
		],
	},
};
