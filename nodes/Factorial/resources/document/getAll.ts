import type { OperationSpec } from '../../engine/types';
import { folderId } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many documents',
	description: 'List documents, page by page',
	method: 'GET',
	path: 'documents/documents',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Document IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ ...folderId, description: 'Only documents in this folder' },
			{ wire: 'leave_id', displayName: 'Leave ID', kind: 'id', description: 'Only documents of this leave (time off)' },
			{ wire: 'by_trash_bin', displayName: 'In Trash Bin', kind: 'boolean', description: 'Whether to list the documents in the trash bin instead of the others' },
			{ wire: 'by_pending_assignment', displayName: 'Pending Assignment', kind: 'boolean', description: 'Whether to keep only documents still pending assignment' },
			{ wire: 'by_without_folder', displayName: 'Without Folder', kind: 'boolean', description: 'Whether to keep only documents that are in no folder' },
		],
	},
};
