import type { OperationSpec } from '../../engine/types';
import { employeeIds, from, ids, includeAttachments, includeManualDrafts, to } from './fields';

const statuses = ['approved', 'changes_requested', 'draft', 'in_payroll', 'paid', 'pending', 'rejected', 'reversed', 'sent_to_pay'];
const title = (value: string) => value.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many expensables',
	description: 'List expensables (receipts, mileages and per diems), page by page',
	method: 'GET',
	path: 'expenses/expensables',
	list: true,
	fields: [
		includeManualDrafts,
		includeAttachments,
		{ wire: 'include_grouped', displayName: 'Include Grouped', kind: 'boolean', in: 'query', description: 'Whether to include expensables filed inside an expense group (report or trip)' },
	],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			ids('Expensable IDs'),
			employeeIds,
			{ wire: 'reporter_ids', displayName: 'Reporter IDs', kind: 'list', each: 'id', description: 'Submitted by these employees for someone else; combined with Employee IDs by OR' },
			{ wire: 'group_ids', displayName: 'Expense Group IDs', kind: 'list', each: 'id' },
			// Named like a list, but Factorial takes one status here.
			{ wire: 'status[]', name: 'status', displayName: 'Status', kind: 'options', default: 'pending', options: statuses.map((value) => ({ name: title(value), value })) },
			{
				wire: 'creation_type[]',
				name: 'creationType',
				displayName: 'Creation Type',
				kind: 'options',
				default: 'manual',
				options: [
					{ name: 'Automatic (Card Transaction)', value: 'automatic' },
					{ name: 'Manual', value: 'manual' },
				],
			},
			from,
			to,
			{ wire: 'search', displayName: 'Search', kind: 'string' },
		],
	},
};
