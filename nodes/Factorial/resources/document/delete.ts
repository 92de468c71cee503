import { deleteById } from '../../engine/commonOperations';
import { documentId } from './fields';

export const deleteOperation = deleteById({
	noun: 'document',
	path: 'documents/documents/{id}',
	id: documentId,
	description: 'Delete a document for good',
});
