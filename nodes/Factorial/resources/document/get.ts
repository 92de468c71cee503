import { getById } from '../../engine/commonOperations';
import { documentId } from './fields';

export const get = getById({
	noun: 'document',
	path: 'documents/documents/{id}',
	id: documentId,
	description: 'Retrieve the details of one document (not its file: use Download)',
});
