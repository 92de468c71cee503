import type { OperationSpec } from '../../engine/types';
import { folderId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a folder',
	description: 'Retrieve one document folder',
	method: 'GET',
	path: 'documents/folders/{id}',
	fields: [{ ...folderId, in: 'path' }],
};
