import { recordId } from '../commonFields';
import type { FieldSpec } from '../types';

export const folderId: FieldSpec = recordId('folderId', 'Folder ID');

export const folderName: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', required: true, description: 'The folder\'s name' };
