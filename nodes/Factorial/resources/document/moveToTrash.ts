import type { OperationSpec } from '../../engine/types';
import { documentIds, trashCheck } from './fields';

export const moveToTrash: OperationSpec = {
	name: 'moveToTrash',
	displayName: 'Move to Trash',
	action: 'Move documents to the trash bin',
	description: 'Move documents to the trash bin; Factorial deletes them after 30 days',
	tool: { returns: 'Returns the documents moved', caution: 'removes documents from employees\' view; Factorial deletes them after 30 days' },
	method: 'POST',
	path: 'documents/documents/move_to_trash_bin',
	fields: [documentIds],
	check: trashCheck('the documents are in the trash bin', true),
};
