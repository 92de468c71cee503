import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const folderId: FieldSpec = recordId('folderId', 'Folder ID');

export const folderName: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', required: true, description: 'The folder\'s name' };
