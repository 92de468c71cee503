import { getById } from '../../engine/commonOperations';
import { folderId } from './fields';

export const get = getById({
	noun: 'folder',
	path: 'documents/folders/{id}',
	id: folderId,
	description: 'Retrieve one document folder',
});
