import type { OperationSpec } from '../../engine/types';
import { expensableIds, ids } from '../expensable/fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many per diems',
	description: 'List per diem expenses, page by page',
	method: 'GET',
	path: 'expenses/per_diems',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [ids('Per Diem IDs'), expensableIds, { wire: 'exclude_drafts', displayName: 'Exclude Drafts', kind: 'boolean', description: 'Whether to leave out drafts' }],
	},
};
