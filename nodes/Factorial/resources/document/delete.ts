import type { OperationSpec } from '../../engine/types';
import { documentId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a document',
	description: 'Delete a document for good',
	method: 'DELETE',
	path: 'documents/documents/{id}',
	fields: [{ ...documentId, in: 'path' }],
};
