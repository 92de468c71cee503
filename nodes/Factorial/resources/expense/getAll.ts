import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many expenses',
	description: 'List expenses, page by page',
	method: 'GET',
	path: 'expenses/expenses',
	list: true,
	fields: [
		// Factorial requires both flags on every request, so they are always sent (false unless on).
		{ wire: 'include_manual_drafts', displayName: 'Include Manual Drafts', kind: 'boolean', in: 'query', description: 'Whether to include expenses still drafted by hand' },
		{ wire: 'include_attachments', displayName: 'Include Attachments', kind: 'boolean', in: 'query', description: 'Whether to add the attachments to each expense' },
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'ids', displayName: 'Expense IDs', kind: 'list', each: 'id' },
			{ wire: 'expenses_expensable_ids', displayName: 'Expensable IDs', kind: 'list', each: 'id', description: 'Only the expenses of these expensables' },
			{ wire: 'from', displayName: 'From Date', kind: 'date', description: 'Expenses dated on or after this day; Factorial applies it only together with To Date' },
			{ wire: 'to', displayName: 'To Date', kind: 'date', description: 'Expenses dated before this day (exclusive); only together with From Date' },
		],
	},
};
