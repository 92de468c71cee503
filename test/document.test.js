'use strict';
// Documents and folders: multipart upload of real bytes, download through Factorial's temporary
// URLs, trash and restore, and the folder resource. Binary data goes through n8n-core's own
// BinaryDataService, in memory mode and in n8n 2's default filesystem mode.
const crypto = require('node:crypto');
const {
	runFactorial,
	sandboxState,
	sandboxLog,
	lastSeq,
	control,
	rl,
	useSandbox,
	apiRequests: apiRequestsSince,
	useBinaryMode,
	storeBinary,
	readBinary,
} = require('./helpers/factorial');

let sb;
useSandbox((started) => (sb = started));

const V = '/api/2026-10-01/resources';
const sha256 = (buffer) => crypto.createHash('sha256').update(buffer).digest('hex');
const apiRequests = (since) => apiRequestsSince(sb, since);
const document = (operation, parameters = {}) => ({ resource: 'document', operation, ...parameters });
const folder = (operation, parameters = {}) => ({ resource: 'folder', operation, ...parameters });

async function run(parameters, options = {}) {
	const before = await lastSeq(sb);
	const result = await runFactorial(sb, { parameters, ...options });
	return { ...result, requests: await apiRequests(before), log: await sandboxLog(sb, before) };
}

async function employeeWithAccess(offset = 0) {
	return (await sandboxState(sb, 'employees')).filter((e) => e.terminated_on == null)[20 + offset];
}

/** An input item holding `buffer` in binary property `property`, stored as the current mode stores it. */
async function fileItem(buffer, { fileName = 'file.bin', mimeType = 'application/octet-stream', property = 'data' } = {}) {
	return { json: {}, binary: { [property]: await storeBinary(buffer, { fileName, mimeType }) } };
}

async function uploadParameters(extra = {}) {
	const employee = await employeeWithAccess();
	return {
		employee,
		parameters: document('upload', {
			binaryPropertyName: 'data',
			space: 'employee_my_documents',
			employeeId: rl(employee.id),
			authorId: rl(employee.access_id),
			public: false,
			isPendingAssignment: false,
			requestEsignature: false,
			companyId: rl(sb.fixtures.companyId),
			...extra,
		}),
	};
}

// Every byte value, several times over, so that no byte (CR, LF, '-', 0x00, 0xFF) can be mangled.
const everyByte = Buffer.from(Array.from({ length: 256 * 4 }, (_, i) => i % 256));

describe.each(['memory', 'filesystem'])('Document upload and download, binary data in %s mode', (mode) => {
	beforeAll(async () => useBinaryMode(mode));
	afterAll(async () => useBinaryMode('memory'));

	test.each([
		['every byte value', () => everyByte, 'all-bytes.bin', 'application/octet-stream'],
		['a 6 MB random file', () => crypto.randomBytes(6 * 1024 * 1024 + 7), 'scan "large" größe.pdf', 'application/pdf'],
	])('%s goes up and comes back byte for byte (SHA-256)', async (_, make, fileName, mimeType) => {
		const bytes = make();
		const { parameters, employee } = await uploadParameters();
		const up = await run(parameters, { items: [await fileItem(bytes, { fileName, mimeType })] });
		expect(up.error).toBeUndefined();
		expect(up.requests).toHaveLength(1);
		const [request] = up.requests;
		expect([request.method, request.path, request.status]).toEqual(['POST', `${V}/documents/documents`, 201]);
		// The multipart fields as Factorial reads them, and the file part with its name, type and hash.
		expect(request.body).toEqual({
			space: 'employee_my_documents',
			employee_id: employee.id,
			author_id: employee.access_id,
			public: 'false',
			is_pending_assignment: 'false',
			request_esignature: 'false',
			company_id: sb.fixtures.companyId,
			file: { filename: fileName, contentType: mimeType, size: bytes.length, sha256: sha256(bytes) },
		});
		const created = up.items[0].json;
		expect(created).toMatchObject({ filename: fileName, content_type: mimeType, file_size: bytes.length, employee_id: employee.id, space: 'employee_my_documents' });
		expect(sha256(sb.state.files.get(created.id).data)).toBe(sha256(bytes));

		const down = await run(document('download', { documentIds: created.id, binaryPropertyName: 'file' }));
		expect(down.error).toBeUndefined();
		expect(down.requests.map((r) => [r.method, r.path])).toEqual([
			['POST', `${V}/documents/download_urls/bulk_create`],
			['GET', `${V}/documents/documents/${created.id}`],
		]);
		expect(down.requests[0].body).toEqual({ ids: [created.id] });
		const [item] = down.items;
		expect(item.json.id).toBe(created.id);
		expect(item.binary.file).toMatchObject({ fileName, mimeType });
		if (mode === 'filesystem') expect(item.binary.file.id).toMatch(/^filesystem-v2:/);
		const back = await readBinary(item.binary.file);
		expect(back.length).toBe(bytes.length);
		expect(sha256(back)).toBe(sha256(bytes));
	});
});

describe('Document upload', () => {
	// The Employee picker is shown (and sent) only for Employee Documents. In the other spaces it is
	// hidden, and must be neither read (n8n cannot resolve a hidden picker) nor sent.
	test.each([
		['Company (Internal)', 'company_internal', false],
		['Company (Public)', 'company_public', false],
		['Employee Documents', 'employee_my_documents', true],
		['Pending to Assign', 'pending_to_assign', false],
		['Pending to Destroy', 'pending_to_destroy', false],
	])('uploads to the space %s', async (_, space, needsEmployee) => {
		const { parameters, employee } = await uploadParameters({ space });
		const items = [await fileItem(Buffer.from(`in ${space}`), { fileName: `${space}.txt`, mimeType: 'text/plain' })];
		const { error, requests, items: out } = await run(parameters, { items });
		expect(error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.status])).toEqual([['POST', `${V}/documents/documents`, 201]]);
		expect(requests[0].body.space).toBe(space);
		if (needsEmployee) expect(requests[0].body.employee_id).toBe(employee.id);
		else expect(requests[0].body).not.toHaveProperty('employee_id');
		expect(out[0].json).toMatchObject({ space, filename: `${space}.txt` });
	});

	test('a missing binary property names the property and the item, and nothing is sent', async () => {
		const { parameters } = await uploadParameters({ binaryPropertyName: 'attachment' });
		const items = [await fileItem(everyByte, { property: 'attachment' }), await fileItem(everyByte, { property: 'other' })];
		const { error, requests } = await run(parameters, { items });
		expect(error.message).toBe('"Input Binary Field" in item 1 names the binary property "attachment", which item 1 does not have');
		expect(error.description).toBe("The item's binary properties: other.");
		expect(requests).toHaveLength(0);

		const none = await run(parameters, { items: [{ json: {} }] });
		expect(none.error.message).toContain('item 0 does not have');
		expect(none.requests).toHaveLength(0);
	});

	test('with continueOnFail, the item without the file fails alone', async () => {
		const { parameters } = await uploadParameters();
		const items = [{ json: {} }, await fileItem(Buffer.from('second'), { fileName: 'b.txt', mimeType: 'text/plain' })];
		const { items: out, requests } = await run(parameters, { items, continueOnFail: true });
		expect(out[0].json.error).toContain('"Input Binary Field" in item 0');
		expect(out[1].json.filename).toBe('b.txt');
		expect(requests).toHaveLength(1);
	});

	test('signees, folder, file name and leave go as Rails-style parts; the company is read from the credential', async () => {
		const signers = [await employeeWithAccess(1), await employeeWithAccess(2)];
		const [contracts] = await sandboxState(sb, 'folders');
		const { parameters, employee } = await uploadParameters({
			requestEsignature: true,
			signeeIds: signers.map((s) => s.access_id).join(', '),
			companyId: rl('', 'list'),
			additionalFields: { folderId: rl(contracts.id), fileFilename: 'Contract 2027.pdf' },
		});
		const { items, requests, error } = await run(parameters, { items: [await fileItem(Buffer.from('%PDF-1.4 contract'), { fileName: 'upload.pdf', mimeType: 'application/pdf' })] });
		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${V}/api_public/credentials`, `POST ${V}/documents/documents`]);
		expect(requests[1].body).toMatchObject({
			signee_ids: signers.map((s) => s.access_id),
			request_esignature: 'true',
			folder_id: contracts.id,
			file_filename: 'Contract 2027.pdf',
			company_id: sb.fixtures.companyId,
			employee_id: employee.id,
		});
		expect(items[0].json).toMatchObject({ filename: 'Contract 2027.pdf', folder_id: contracts.id, signees: signers.map((s) => s.access_id), signature_status: 'pending' });
	});

	test("Factorial's validation comes back naming the field: Employee Documents without an employee", async () => {
		const { parameters } = await uploadParameters({ employeeId: rl('', 'list') });
		const { error, requests } = await run(parameters, { items: [await fileItem(Buffer.from('x'))] });
		expect(requests).toHaveLength(1);
		expect(requests[0].status).toBe(422);
		expect(error.message).toBe(`Factorial rejected POST documents/documents (422): employee_id: employee_id is required for space employee_my_documents`);
	});
});

describe('Document download', () => {
	test('the file host receives no API key, token or other secret, with either credential', async () => {
		const [doc] = (await sandboxState(sb, 'documents')).filter((d) => d.deleted_at == null);
		for (const authentication of ['apiKey', 'oAuth2', 'companyOAuth2']) {
			const { items, log, error } = await run(document('download', { documentIds: doc.id, binaryPropertyName: 'data' }), { authentication });
			expect(error).toBeUndefined();
			expect((await readBinary(items[0].binary.data)).toString()).toMatch(/^Seeded document/);
			const fileRequests = log.filter((e) => e.host === 'files');
			expect(fileRequests).toHaveLength(1);
			const headers = fileRequests[0].headers;
			expect(Object.keys(headers)).not.toEqual(expect.arrayContaining(['x-api-key']));
			expect(headers.authorization).toBeUndefined();
			const secrets = [sb.fixtures.apiKey, sb.fixtures.userToken.access_token, sb.fixtures.companyToken.access_token, sb.fixtures.oauth.clientSecret];
			for (const value of Object.values(headers)) for (const secret of secrets) expect(String(value)).not.toContain(secret);
			expect(JSON.stringify(headers)).not.toContain('sbx-secret-');
		}
	});

	test('several documents in one item become one output item each, paired to it', async () => {
		const docs = (await sandboxState(sb, 'documents')).filter((d) => d.deleted_at == null).slice(1, 4);
		const { items, requests, error } = await run(document('download', { documentIds: docs.map((d) => d.id).join(',') }));
		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({ ids: docs.map((d) => d.id) });
		expect(items.map((i) => i.json.id)).toEqual(docs.map((d) => d.id));
		expect(items.every((i) => i.pairedItem.item === 0)).toBe(true);
		for (const [i, item] of items.entries()) {
			expect(item.binary.data).toMatchObject({ fileName: docs[i].filename, mimeType: 'text/plain' });
			expect(sha256(await readBinary(item.binary.data))).toBe(sha256(sb.state.files.get(docs[i].id).data));
		}
	});

	test('an expired download URL fails the item with a message saying so', async () => {
		const [doc] = await sandboxState(sb, 'documents');
		await control(sb, 'POST', 'config', { downloadUrlTtlSec: 0 });
		try {
			const { error, log } = await run(document('download', { documentIds: doc.id }));
			expect(error.message).toBe(`Factorial answered GET the file of document ${doc.id} (download URL from Factorial) with 403 and no error details`);
			expect(error.description).toContain('this one may have expired');
			expect(error.message + error.description).not.toContain('/files/');
			expect(log.filter((e) => e.host === 'files').map((e) => e.status)).toEqual([403]);
		} finally {
			await control(sb, 'POST', 'config', { downloadUrlTtlSec: 300 });
		}
	});

	test('an unknown document fails at Factorial, before any file is fetched', async () => {
		const { error, log } = await run(document('download', { documentIds: '999999' }));
		expect(error.message).toContain('Factorial rejected POST documents/download_urls/bulk_create (404)');
		expect(log.filter((e) => e.host === 'files')).toHaveLength(0);
	});
});

describe('Document records', () => {
	test('Get reads one document; Get Many pages through the filters of the catalog', async () => {
		const all = await sandboxState(sb, 'documents');
		const one = await run(document('get', { documentId: all[0].id }));
		expect([one.requests[0].method, one.requests[0].path]).toEqual(['GET', `${V}/documents/documents/${all[0].id}`]);
		expect(one.items[0].json.filename).toBe(all[0].filename);

		const employeeId = all[0].employee_id;
		const mine = await run(document('getAll', { returnAll: true, filters: { employeeIds: employeeId } }));
		expect(mine.requests[0].query).toMatchObject({ 'employee_ids[]': [employeeId] });
		const expected = all.filter((d) => d.employee_id === employeeId && d.deleted_at == null).map((d) => d.id);
		expect(mine.items.map((i) => i.json.id)).toEqual(expected);

		const paged = await run(document('getAll', { returnAll: false, limit: 3, filters: { folderId: rl(all[0].folder_id), byWithoutFolder: false } }));
		expect(paged.requests[0].query).toMatchObject({ folder_id: all[0].folder_id, limit: '3' });
		expect(paged.items).toHaveLength(3);
		expect(paged.items.every((i) => i.json.folder_id === all[0].folder_id)).toBe(true);

		const pending = await run(document('getAll', { returnAll: true, filters: { byPendingAssignment: true } }));
		expect(pending.items.map((i) => i.json.id)).toEqual(all.filter((d) => d.is_pending_assignment && d.deleted_at == null).map((d) => d.id));
	});

	test('Move to Trash hides documents from lists, Get Many with In Trash Bin lists them, Restore brings them back', async () => {
		const docs = (await sandboxState(sb, 'documents')).filter((d) => d.deleted_at == null).slice(4, 6);
		const ids = docs.map((d) => d.id);
		const trashed = await run(document('moveToTrash', { documentIds: ids.join(',') }));
		expect([trashed.requests[0].method, trashed.requests[0].path]).toEqual(['POST', `${V}/documents/documents/move_to_trash_bin`]);
		expect(trashed.requests[0].body).toEqual({ document_ids: ids });
		expect(trashed.items.map((i) => i.json.id)).toEqual(ids);
		for (const id of ids) expect((await sandboxState(sb, 'documents')).find((d) => d.id === id).deleted_at).not.toBeNull();

		const listed = await run(document('getAll', { returnAll: true }));
		expect(listed.items.map((i) => i.json.id)).not.toEqual(expect.arrayContaining([ids[0]]));
		const bin = await run(document('getAll', { returnAll: true, filters: { byTrashBin: true } }));
		expect(bin.requests[0].query).toMatchObject({ by_trash_bin: 'true' });
		expect(bin.items.map((i) => i.json.id)).toEqual(expect.arrayContaining(ids));
		expect(bin.items.every((i) => i.json.deleted_at != null)).toBe(true);

		const restored = await run(document('restoreFromTrash', { documentIds: ids }));
		expect(restored.requests[0].path).toBe(`${V}/documents/documents/restore_from_trash_bin`);
		expect(restored.requests[0].body).toEqual({ document_ids: ids });
		for (const id of ids) expect((await sandboxState(sb, 'documents')).find((d) => d.id === id).deleted_at).toBeNull();
	});

	test('Update sends JSON with the id, Public, E-Signature and an empty signee list; Delete removes record and file', async () => {
		const doc = (await sandboxState(sb, 'documents')).filter((d) => d.deleted_at == null)[6];
		const [, payslips] = await sandboxState(sb, 'folders');
		const updated = await run(document('update', { documentId: doc.id, public: true, requestEsignature: false, updateFields: { folderId: rl(payslips.id) } }));
		expect(updated.error).toBeUndefined();
		expect([updated.requests[0].method, updated.requests[0].path]).toEqual(['PUT', `${V}/documents/documents/${doc.id}`]);
		expect(updated.requests[0].body).toEqual({ id: doc.id, public: true, request_esignature: false, signee_ids: [], folder_id: payslips.id });
		expect((await sandboxState(sb, 'documents')).find((d) => d.id === doc.id)).toMatchObject({ public: true, folder_id: payslips.id });

		const deleted = await run(document('delete', { documentId: doc.id }));
		expect([deleted.requests[0].method, deleted.requests[0].path]).toEqual(['DELETE', `${V}/documents/documents/${doc.id}`]);
		expect((await sandboxState(sb, 'documents')).find((d) => d.id === doc.id)).toBeUndefined();
		expect(sb.state.files.get(doc.id)).toBeNull();
	});

	test('a typed-in document ID that could change the path is refused before sending', async () => {
		const { error, requests } = await run(document('get', { documentId: '../employees' }));
		expect(error.message).toBe('"Document ID" in item 0 is not a valid ID: "../employees"');
		expect(requests).toHaveLength(0);
	});
});

describe('Folder', () => {
	test('Create fills the company from the credential; Get, Update and Get Many with filters', async () => {
		const created = await run(folder('create', { name: 'Onboarding', space: 'employee_my_documents', companyId: rl('', 'list') }));
		expect(created.error).toBeUndefined();
		expect(created.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${V}/api_public/credentials`, `POST ${V}/documents/folders`]);
		expect(created.requests[1].body).toEqual({ name: 'Onboarding', space: 'employee_my_documents', company_id: sb.fixtures.companyId });
		const { id } = created.items[0].json;
		expect((await sandboxState(sb, 'folders')).find((f) => f.id === id)).toMatchObject({ name: 'Onboarding', active: true, company_id: sb.fixtures.companyId });

		const got = await run(folder('get', { folderId: id }));
		expect(got.requests[0].path).toBe(`${V}/documents/folders/${id}`);

		const renamed = await run(folder('update', { folderId: id, name: 'Onboarding 2027', companyId: rl(sb.fixtures.companyId) }));
		expect([renamed.requests[0].method, renamed.requests[0].path]).toEqual(['PUT', `${V}/documents/folders/${id}`]);
		expect(renamed.requests[0].body).toEqual({ id, name: 'Onboarding 2027', company_id: sb.fixtures.companyId });
		expect((await sandboxState(sb, 'folders')).find((f) => f.id === id).name).toBe('Onboarding 2027');

		const byName = await run(folder('getAll', { returnAll: true, filters: { name: 'Onboarding 2027' } }));
		expect(byName.requests[0].query).toMatchObject({ name: 'Onboarding 2027' });
		expect(byName.items.map((i) => i.json.id)).toEqual([id]);
		const active = await run(folder('getAll', { returnAll: true, filters: { active: true } }));
		expect(active.items.every((i) => i.json.active === true)).toBe(true);
		expect(active.items.length).toBe((await sandboxState(sb, 'folders')).filter((f) => f.active).length);
	});

	test('Create without a name names the field and sends nothing', async () => {
		const { error, requests } = await run(folder('create', { name: ' ', space: 'employee_my_documents', companyId: rl(sb.fixtures.companyId) }));
		expect(error.message).toBe('"Name" in item 0 is required but empty');
		expect(requests).toHaveLength(0);
	});
});

// Last: it expires the fixture user token and uses up its refresh token.
describe('Document upload with OAuth2', () => {
	test('after a 401 on an expired OAuth token, n8n refreshes it and the same file is sent again in full', async () => {
		await useBinaryMode('filesystem');
		try {
			await control(sb, 'POST', 'expire-tokens');
			const bytes = crypto.randomBytes(300 * 1024);
			const { parameters } = await uploadParameters();
			const { items, requests, log, error } = await run(parameters, { authentication: 'oAuth2', items: [await fileItem(bytes)] });
			expect(error).toBeUndefined();
			expect(requests.map((r) => r.status)).toEqual([401, 201]);
			expect(log.filter((e) => e.path === '/oauth/token').map((e) => e.status)).toEqual([200]);
			expect(requests[1].body.file.sha256).toBe(sha256(bytes));
			expect(sha256(sb.state.files.get(items[0].json.id).data)).toBe(sha256(bytes));
		} finally {
			await useBinaryMode('memory');
		}
	});
});
