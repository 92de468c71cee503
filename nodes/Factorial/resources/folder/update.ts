import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { folderId, folderName } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a folder',
	description: 'Rename a document folder',
	method: 'PUT',
	path: 'documents/folders/{id}',
	// Factorial's PUT body carries the id, the name and the company, all required.
	fields: [{ ...folderId, in: 'pathAndBody' }, { ...folderName, description: 'The folder\'s new name' }, autofilledCompanyId],
};
