import type { ResourceSpec } from '../../engine/types';
import { deleteOperation } from './delete';
import { download } from './download';
import { get } from './get';
import { getAll } from './getAll';
import { moveToTrash } from './moveToTrash';
import { restoreFromTrash } from './restoreFromTrash';
import { update } from './update';
import { upload } from './upload';

export const document: ResourceSpec = {
	name: 'document',
	displayName: 'Document',
	description: 'Files in Factorial: contracts, payslips, certificates and other documents',
	operations: [get, getAll, upload, download, update, moveToTrash, restoreFromTrash, deleteOperation],
};
