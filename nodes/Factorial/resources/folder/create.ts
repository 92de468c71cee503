import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { folderName } from './fields';

export const create: OperationSpec = {
	value: 'create',
	name: 'Create',
	action: 'Create a folder',
	description: 'Create a document folder',
	method: 'POST',
	path: 'documents/folders',
	fields: [
		folderName,
		{
			wire: 'space',
			displayName: 'Space',
			kind: 'string',
			required: true,
			default: 'employee_my_documents',
			// Factorial's own description: "You should always use employee_my_documents".
			description: 'Where the folder is shown. Factorial says to always use employee_my_documents.',
		},
		autofilledCompanyId,
	],
};
