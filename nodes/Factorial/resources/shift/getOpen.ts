import type { OperationSpec } from '../../engine/types';

export const getOpen: OperationSpec = {
	name: 'getOpen',
	displayName: 'Get Open Shifts',
	action: 'Get open shifts (who is clocked in)',
	description: 'Shifts clocked in and not yet clocked out, page by page',
	method: 'GET',
	path: 'attendance/open_shifts',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' }],
	},
};
