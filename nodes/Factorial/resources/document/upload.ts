import { listHolds, same, text } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { employeeId, folderId, isPublic, requestEsignature, signeeIds, spaceOptions } from './fields';

export const upload: OperationSpec = {
	name: 'upload',
	displayName: 'Upload',
	action: 'Upload a document',
	description: 'Upload a file from the input item as a new document',
	tool: { needs: 'Needs a file in the input item, which an AI agent cannot give: use this operation in a workflow, not as a tool', returns: 'Returns the new document with its id' },
	method: 'POST',
	path: 'documents/documents',
	// Factorial takes the file as a multipart/form-data part, never base64.
	bodyEncoding: 'multipart',
	fields: [
		{
			wire: 'file',
			name: 'binaryPropertyName',
			displayName: 'Input Binary Field',
			kind: 'binary',
			required: true,
			default: 'data',
			description: 'The name of the input item\'s binary property that holds the file',
		},
		{
			wire: 'space',
			displayName: 'Space',
			kind: 'options',
			required: true,
			options: spaceOptions,
			default: 'employee_my_documents',
			description: 'Where the document is shown in Factorial. Employee Documents needs the employee.',
		},
		{
			...employeeId,
			showWhen: { space: ['employee_my_documents'] },
			description: 'The employee whose documents it goes to (Factorial needs it for Employee Documents)',
		},
		{
			wire: 'author_id',
			displayName: 'Author',
			kind: 'locator',
			locator: 'access',
			required: true,
			description: 'Who the document is uploaded as (Factorial takes the employee\'s access ID)',
		},
		isPublic,
		{
			wire: 'is_pending_assignment',
			displayName: 'Pending Assignment',
			kind: 'boolean',
			required: true,
			description: 'Whether the document still has to be assigned to someone',
		},
		requestEsignature,
		signeeIds,
		autofilledCompanyId,
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			folderId,
			{ wire: 'file_filename', displayName: 'File Name', kind: 'string', description: 'The name the document gets in Factorial. Leave empty to keep the input file\'s name.' },
			{ wire: 'leave_id', displayName: 'Leave ID', kind: 'id', description: 'The leave (time off) the document belongs to, e.g. a sick note' },
		],
	},
	// The employee's (or the company's) documents in that folder: one with that file name. The file
	// part is sent as its file name (engine/writeCheck.ts), which Factorial keeps unless renamed.
	check: listHolds(
		'a document with that file name, in that folder and space, of that employee',
		(sent) => {
			const employee = text(sent, 'employee_id');
			const folder = text(sent, 'folder_id');
			return { path: 'documents/documents', query: { ...(employee ? { employee_ids: [employee] } : {}), ...(folder ? { folder_id: folder } : {}) } };
		},
		(document, sent) =>
			same(document.filename, sent.values.file_filename ?? sent.values.file) &&
			same(document.employee_id, sent.values.employee_id) &&
			same(document.folder_id, sent.values.folder_id) &&
			same(document.space, sent.values.space) &&
			(document.deleted_at === undefined || document.deleted_at === null),
	),
};
