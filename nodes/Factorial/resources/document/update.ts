import type { OperationSpec } from '../../engine/types';
import { documentId, employeeId, folderId, isPublic, requestEsignature, signeeIds } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a document',
	description: 'Change the details of a document (not its file)',
	method: 'PUT',
	path: 'documents/documents/{id}',
	// Factorial wants the id in the path and the body, and Public, E-Signature and Signees every time.
	fields: [
		{ ...documentId, in: 'pathAndBody' },
		{ ...isPublic, description: 'Whether the document is public. Factorial sets it on every update: keep the current value to leave it unchanged.' },
		{ ...requestEsignature, description: 'Whether the signees must sign electronically. Factorial sets it on every update.' },
		signeeIds,
	],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [employeeId, folderId],
	},
};
