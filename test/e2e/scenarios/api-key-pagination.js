'use strict';
// 1. API key: Employee > Get Many with Return All follows Factorial's cursor pages to the end.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeJson } = require('../lib/run-data');

const ID = 'e2eEmployeesAll';
const NODE = 'All employees';

module.exports = {
	title: '1. API key: Get Many (Return All) returns every employee, following the cursor pages',
	workflows: (ctx) => [
		w.chain(ID, 'E2E 1: all employees (API key)', [
			w.manualTrigger(),
			w.factorial(NODE, { resource: 'employee', operation: 'getAll', returnAll: true, filters: {} }, { credential: ctx.creds.apiKey }),
		]),
	],
	async run(ctx) {
		const mark = await ctx.sb.control.mark();
		const run = await ctx.execute(ID);
		assert.equal(run.status, 'success', ctx.runError(run));

		const got = nodeJson(run, NODE).map((e) => e.id);
		const seeded = (await ctx.sb.control.state('employees')).map((e) => e.id);
		assert.equal(new Set(got).size, got.length, 'no employee is output twice');
		assert.deepEqual([...got].sort(), [...seeded].sort(), 'the output holds exactly the sandbox employees');

		// The pages the node asked for: the first without a cursor, each next one after the previous page.
		const pages = (await ctx.sb.control.log(mark)).filter((e) => e.method === 'GET' && e.path.endsWith('/resources/employees/employees'));
		assert.ok(pages.every((p) => p.status === 200 && p.auth.kind === 'api_key'), 'every page request succeeded with the API key');
		const cursors = pages.map((p) => p.query.after_id);
		assert.equal(cursors[0], undefined, 'the first page has no cursor');
		const pageSize = Math.min(100, Number(pages[0].query.limit || 100));
		assert.equal(pages.length, Math.ceil(seeded.length / pageSize), `${seeded.length} employees in pages of ${pageSize}`);
		const cursorIds = cursors.slice(1).map((c) => Number(Buffer.from(c, 'base64').toString('utf8')));
		assert.ok(cursorIds.length >= 2, 'at least two cursor pages were followed');
		assert.ok(cursorIds.every((id, i) => i === 0 || id > cursorIds[i - 1]), `cursors move forward: ${cursorIds}`);
		return `${got.length} employees in ${pages.length} pages, cursors after ids ${cursorIds.join(', ')}`;
	},
};
