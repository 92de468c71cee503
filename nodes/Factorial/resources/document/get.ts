import type { OperationSpec } from '../../engine/types';
import { documentId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a document',
	description: 'Retrieve the details of one document (not its file: use Download)',
	method: 'GET',
	path: 'documents/documents/{id}',
	fields: [{ ...documentId, in: 'path' }],
};
