'use strict';
const { inSet, equals, whenTrue } = require('../filters');

module.exports = {
	name: 'folders',
	path: 'documents/folders',
	object: 'folder',
	firstId: 501,
	ops: ['list', 'get', 'create', 'update'],
	defaults: () => ({ active: true }),
	filters: {
		'ids[]': inSet('id'),
		name: equals('name'),
		active: whenTrue(() => (r) => r.active === true),
		// The folder object names no employee: "Employee id" selects the folders holding that employee's documents.
		employee_id: (value, ctx) => {
			const ids = new Set(
				ctx.store.get('documents').all().filter((d) => d.employee_id === String(value) && d.folder_id != null).map((d) => d.folder_id),
			);
			return (r) => ids.has(r.id);
		},
	},
	seed(ctx) {
		for (const name of ['Contracts', 'Payslips', 'Certificates']) {
			ctx.insert({ company_id: ctx.fixtures.companyId, name, space: 'employee_my_documents', active: true });
		}
		ctx.insert({ company_id: ctx.fixtures.companyId, name: 'Archive 2019', space: 'employee_my_documents', active: false });
	},
};
