import type { OperationSpec } from '../../engine/types';
import { documentIds, trashCheck } from './fields';

export const restoreFromTrash: OperationSpec = {
	name: 'restoreFromTrash',
	displayName: 'Restore From Trash',
	action: 'Restore documents from the trash bin',
	description: 'Take documents out of the trash bin',
	tool: { returns: 'Returns the documents restored' },
	method: 'POST',
	path: 'documents/documents/restore_from_trash_bin',
	fields: [documentIds],
	check: trashCheck('the documents are out of the trash bin', false),
};
