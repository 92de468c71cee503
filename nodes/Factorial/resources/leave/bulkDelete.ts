import type { OperationSpec } from '../../engine/types';

export const bulkDelete: OperationSpec = {
	name: 'bulkDelete',
	displayName: 'Delete Many',
	action: 'Delete many leaves',
	description: 'Cancel several leaves at once',
	tool: { caution: 'cancels employees\' time off' },
	method: 'POST',
	path: 'timeoff/leaves/bulk_delete',
	fields: [{ wire: 'ids', name: 'leaveIds', displayName: 'Leave IDs', kind: 'list', each: 'id', required: true }],
};
