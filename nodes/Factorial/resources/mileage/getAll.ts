import type { OperationSpec } from '../../engine/types';
import { employeeIds, expensableIds, from, ids, includeAttachments, includeManualDrafts, to } from '../expensable/fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many mileages',
	description: 'List mileage expenses, page by page',
	method: 'GET',
	path: 'expenses/mileages',
	list: true,
	fields: [includeManualDrafts, includeAttachments],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			ids('Mileage IDs'),
			expensableIds,
			employeeIds,
			{ wire: 'card_ids', displayName: 'Card IDs', kind: 'list', each: 'id' },
			{ wire: 'card_payment_ids', displayName: 'Card Payment IDs', kind: 'list', each: 'id' },
			{ wire: 'dispute_ids', displayName: 'Dispute IDs', kind: 'list', each: 'id' },
			from,
			{ ...to, description: 'Exclusive; used only together with From Date' },
		],
	},
};
