import { recordShows, same } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { expensableId } from './fields';

export const updateReimbursableAmount: OperationSpec = {
	name: 'updateReimbursableAmount',
	displayName: 'Update Reimbursable Amount',
	action: 'Update the reimbursable amount of an expensable',
	description: 'Set how much of an expensable is paid back to the employee',
	method: 'POST',
	path: 'expenses/expensables/update_reimbursable_amount',
	fields: [
		expensableId,
		{ wire: 'reimbursable_amount', displayName: 'Reimbursable Amount (in Cents)', kind: 'number', integer: true, min: 0, required: true, description: 'In cents: 1250 is 12.50' },
	],
	check: recordShows('the expensable has that reimbursable amount', (id) => `expenses/expensables/${id}`, 'id', (record, sent) => same(record.reimbursable_amount, sent.values.reimbursable_amount)),
};
