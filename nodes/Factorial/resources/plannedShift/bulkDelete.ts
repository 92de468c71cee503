import type { OperationSpec } from '../../engine/types';
import { employeeIds, endAt, ids, startAt } from './fields';

export const bulkDelete: OperationSpec = {
	name: 'bulkDelete',
	displayName: 'Delete Many',
	action: 'Delete many planned shifts',
	description: 'Delete the planned shifts that match the filters (backup shifts are kept unless asked)',
	tool: { caution: 'Deletes every planned shift that matches' },
	method: 'POST',
	path: 'shift_management/shifts/bulk_delete',
	fields: [{ wire: 'author_id', displayName: 'Author ID', kind: 'id', required: true, description: 'Who deletes them, for the audit trail' }],
	optional: {
		name: 'additionalFields',
		displayName: 'Filters',
		fields: [
			ids,
			employeeIds,
			startAt,
			endAt,
			{ wire: 'destroy_backup_shifts', displayName: 'Delete Backup Shifts', kind: 'boolean', description: 'Whether to delete backup shifts too' },
		],
	},
};
