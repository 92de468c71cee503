'use strict';
// 9. Document → Upload in each of Factorial's five spaces, in real n8n: one node, five items, the space
// set by an expression per item. The Employee picker is shown (and sent) only for Employee Documents;
// in the other spaces it stays hidden and must not be read (it used to fail with "Could not find
// property" there).
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeItems } = require('../lib/run-data');

const ID = 'e2eDocumentSpaces';
const NODE = 'Upload in its space';
const SPACES = ['company_internal', 'company_public', 'employee_my_documents', 'pending_to_assign', 'pending_to_destroy'];

module.exports = {
	title: '9. Document Upload: every one of the five spaces, the space set per item by an expression',
	workflows: (ctx) => [
		w.chain(ID, 'E2E 9: upload in every space', [
			w.manualTrigger(),
			...w.itemsFrom(SPACES.map((space) => ({ space, text: `a file for ${space}` })), 'Spaces'),
			{
				id: 'spaces-file',
				name: 'Make it a file',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1,
				position: [0, 0],
				parameters: { operation: 'toBinary', sourceProperty: 'text', binaryPropertyName: 'data', options: { dataIsBase64: false, fileName: 'space.txt', mimeType: 'text/plain' } },
			},
			w.factorial(NODE, {
				resource: 'document',
				operation: 'upload',
				binaryPropertyName: 'data',
				space: "={{ $('Spaces').item.json.space }}",
				employeeId: w.rl(12),
				authorId: w.rl(100012),
				public: false,
				isPendingAssignment: false,
				requestEsignature: false,
				additionalFields: { fileFilename: "={{ $('Spaces').item.json.space }}.txt" },
			}, { credential: ctx.creds.apiKey }),
		]),
	],
	async run(ctx) {
		const run = await ctx.execute(ID);
		assert.equal(run.status, 'success', ctx.runError(run));
		const out = nodeItems(run, NODE).map((i) => i.json);
		assert.deepEqual(out.map((d) => d.space), SPACES, 'one document per space, in input order');
		const stored = await ctx.sb.control.state('documents');
		for (const doc of out) {
			const held = stored.find((d) => d.id === doc.id);
			assert.ok(held, `the sandbox holds the document in ${doc.space}`);
			assert.equal(held.space, doc.space);
			assert.equal(held.filename, `${doc.space}.txt`);
			// Only Employee Documents carries the employee; the hidden picker is sent nowhere else.
			assert.equal(held.employee_id ?? null, doc.space === 'employee_my_documents' ? '12' : null, `employee of the document in ${doc.space}`);
		}
		return `5 documents, one in each space: ${out.map((d) => `${d.space} → ${d.id}`).join(', ')}`;
	},
};
