'use strict';
// Documents with their files. The create endpoint is multipart (the file is a part, never base64);
// the bytes are kept beside the record (ctx.files) and served by the file host through download URLs.
// Trash: move_to_trash_bin stamps deleted_at ("deletion date of the document"), restore clears it;
// lists hide trashed documents unless by_trash_bin=true, which lists only those.
const { inSet, equals, whenTrue, flag } = require('../filters');
const { invalid, notFound } = require('../errors');

const isFile = (value) => value && typeof value === 'object' && Buffer.isBuffer(value.data);
const extensionOf = (name) => (/\.([A-Za-z0-9]+)$/.exec(name || '') || [])[1] || null;

function checkAccesses(ctx, field, ids) {
	const known = new Set(ctx.store.get('employees').all().map((e) => e.access_id));
	for (const id of ids) if (!known.has(id)) throw invalid(field, `${field} ${id} is not an access of this company`);
}

function trashAction(deleted) {
	return {
		run(ctx, values) {
			const records = values.document_ids.map((id) => {
				const record = ctx.collection.get(id);
				if (!record) throw notFound(`document ${id} not found`);
				return record;
			});
			return { status: 200, body: records.map((r) => ctx.change(r, { deleted_at: deleted ? ctx.now() : null })) };
		},
	};
}

module.exports = {
	name: 'documents',
	path: 'documents/documents',
	object: 'document',
	firstId: 7001,
	ops: ['list', 'get', 'create', 'update', 'delete'],
	// The bodies say signee_ids, the object says signees.
	renames: { signee_ids: 'signees' },
	refs: { employee_id: 'employees', folder_id: 'folders', leave_id: 'leaves' },
	validate(ctx, values, record) {
		if (!record && !isFile(values.file)) throw invalid('file', 'file must be a file part of a multipart/form-data body');
		const space = values.space ?? (record && record.space);
		const employee = values.employee_id !== undefined ? values.employee_id : record && record.employee_id;
		if (space === 'employee_my_documents' && employee == null) throw invalid('employee_id', 'employee_id is required for space employee_my_documents');
		if (values.author_id != null) checkAccesses(ctx, 'author_id', [values.author_id]);
		if (values.signee_ids) checkAccesses(ctx, 'signee_ids', values.signee_ids);
		if (values.request_esignature === true && (!values.signee_ids || values.signee_ids.length === 0)) {
			throw invalid('signee_ids', 'signee_ids must name at least one signee when request_esignature is true');
		}
	},
	defaults(ctx, values) {
		const file = values.file;
		ctx.pendingFile = { filename: values.file_filename || file.filename, contentType: file.contentType, data: Buffer.from(file.data) };
		return {
			filename: ctx.pendingFile.filename,
			content_type: file.contentType,
			extension: extensionOf(ctx.pendingFile.filename),
			file_size: file.data.length,
			is_company_document: String(values.space).startsWith('company_'),
			is_management_document: false,
			signature_status: values.request_esignature ? 'pending' : null,
			deleted_at: null,
		};
	},
	afterWrite(ctx, record) {
		if (ctx.pendingFile) ctx.files.put(record.id, ctx.pendingFile);
		ctx.pendingFile = null;
	},
	afterDelete(ctx, record) {
		ctx.files.remove(record.id);
	},
	listScope: (query) => (query.by_trash_bin === undefined ? (r) => r.deleted_at == null : null),
	filters: {
		'ids[]': inSet('id'),
		'employee_ids[]': inSet('employee_id'),
		folder_id: equals('folder_id'),
		leave_id: equals('leave_id'),
		by_trash_bin: (value) => {
			const trashed = flag(value);
			return (r) => (r.deleted_at != null) === trashed;
		},
		by_pending_assignment: whenTrue(() => (r) => r.is_pending_assignment === true),
		by_without_folder: whenTrue(() => (r) => r.folder_id == null),
	},
	actions: {
		move_to_trash_bin: trashAction(true),
		restore_from_trash_bin: trashAction(false),
	},
	// Twelve small text documents of the first three employees, in the first two folders or none; one trashed.
	seed(ctx) {
		const people = ctx.store.get('employees').all().slice(0, 3);
		const folders = ctx.store.get('folders').all();
		for (let i = 0; i < 12; i++) {
			const employee = people[i % people.length];
			const filename = `note-${i + 1}.txt`;
			const data = Buffer.from(`Seeded document ${i + 1} of employee ${employee.id}\n`);
			const at = `2026-09-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`;
			const record = ctx.insert({
				company_id: ctx.fixtures.companyId,
				author_id: employee.access_id,
				employee_id: employee.id,
				folder_id: i % 3 === 2 ? null : folders[i % 2].id,
				filename,
				extension: 'txt',
				content_type: 'text/plain',
				file_size: data.length,
				public: false,
				space: 'employee_my_documents',
				is_pending_assignment: i === 5,
				is_company_document: false,
				is_management_document: false,
				signees: [],
				created_at: at,
				updated_at: at,
				deleted_at: i === 11 ? '2026-09-25T08:00:00.000Z' : null,
			});
			ctx.files.put(record.id, { filename, contentType: 'text/plain', data });
		}
	},
};
