import type { OperationSpec } from '../../engine/types';

export const setPaid: OperationSpec = {
	name: 'setPaid',
	displayName: 'Set to Paid',
	action: 'Set expensables to paid',
	description: 'Mark several expensables as paid at once',
	tool: { caution: 'marks expenses as reimbursed to employees' },
	method: 'POST',
	path: 'expenses/expensables/bulk_set_to_paid',
	fields: [{ wire: 'ids', name: 'expensableIds', displayName: 'Expensable IDs', kind: 'list', each: 'id', required: true }],
};
