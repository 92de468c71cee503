import { recordId } from '../../engine/commonFields';
import type { FieldSpec, SentWrite, WriteCheck } from '../../engine/types';

export const documentId: FieldSpec = recordId('documentId', 'Document ID');

/** Several documents at once (Factorial's trash and download endpoints take a list). */
export const documentIds: FieldSpec = {
	wire: 'document_ids',
	name: 'documentIds',
	displayName: 'Document IDs',
	kind: 'list', each: 'id',
	required: true,
	description: 'One document ID, or several separated by commas (or an array from an expression)',
};

export const isPublic: FieldSpec = {
	wire: 'public',
	displayName: 'Public',
	kind: 'boolean',
	required: true,
	description: 'Whether the document is public',
};

export const requestEsignature: FieldSpec = {
	wire: 'request_esignature',
	displayName: 'Request E-Signature',
	kind: 'boolean',
	required: true,
	description: 'Whether the signees must sign the document electronically',
};

// Factorial requires the list even without e-signature; then it is empty.
export const signeeIds: FieldSpec = {
	wire: 'signee_ids',
	name: 'signeeIds',
	displayName: 'Signee Access IDs',
	kind: 'list', each: 'id',
	autofill: 'emptyList',
	showWhen: { requestEsignature: [true] },
	description: 'Access IDs of the employees who must sign, comma-separated (an employee\'s access ID is its access_id field)',
};

export const employeeId: FieldSpec = {
	wire: 'employee_id',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	description: 'The employee the document belongs to',
};

export const folderId: FieldSpec = {
	wire: 'folder_id',
	displayName: 'Folder',
	kind: 'locator',
	locator: 'folder',
	description: 'The folder the document is filed in',
};

export const spaceOptions = [
	{ name: 'Company (Internal)', value: 'company_internal' },
	{ name: 'Company (Public)', value: 'company_public' },
	{ name: 'Employee Documents', value: 'employee_my_documents' },
	{ name: 'Pending to Assign', value: 'pending_to_assign' },
	{ name: 'Pending to Destroy', value: 'pending_to_destroy' },
];

/**
 * Moving documents to the trash bin or back: all of them are where the write puts them. Listed by
 * `by_trash_bin` (the list shows only one side of the bin at a time), so the ones still on the other
 * side are simply missing.
 */
export function trashCheck(shows: string, trashed: boolean): WriteCheck {
	const idsOf = (sent: SentWrite) => (Array.isArray(sent.values.document_ids) ? sent.values.document_ids.map(String) : []);
	return {
		shows,
		read: (sent) => {
			const ids = idsOf(sent);
			return ids.length === 0 ? undefined : { path: 'documents/documents', query: { ids, by_trash_bin: trashed }, list: true };
		},
		applied: (document, sent) =>
			idsOf(sent).includes(String(document.id)) && (document.deleted_at !== undefined && document.deleted_at !== null) === trashed,
		count: (sent) => new Set(idsOf(sent)).size,
	};
}
