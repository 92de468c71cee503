import { listHolds, same, text } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { folderName } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
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
	check: listHolds(
		'a folder with that name in that space (and parent folder)',
		(sent) => ({ path: 'documents/folders', query: { name: text(sent, 'name') } }),
		(folder, sent) =>
			folder.name === sent.values.name && same(folder.space, sent.values.space) && same(folder.parent_folder_id, sent.values.parent_folder_id),
	),
};
