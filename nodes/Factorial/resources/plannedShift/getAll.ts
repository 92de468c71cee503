import type { OperationSpec } from '../../engine/types';
import { employeeIds, endAt, ids, startAt } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many planned shifts',
	description: 'List the shifts planned in Shift Management, page by page',
	method: 'GET',
	path: 'shift_management/shifts',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			startAt,
			endAt,
			employeeIds,
			{ wire: 'location_ids', displayName: 'Location IDs', kind: 'list', each: 'id' },
			ids,
			{ wire: 'without_ids', displayName: 'Except Planned Shift IDs', kind: 'list', each: 'id' },
			{ wire: 'only_published', displayName: 'Only Published', kind: 'boolean', description: 'Whether to keep only shifts employees can see' },
			{
				// Named like a list by Factorial, but it takes one state.
				wire: 'only_states[]',
				name: 'onlyState',
				displayName: 'State',
				kind: 'options',
				default: 'published',
				options: [
					{ name: 'Backup', value: 'backup' },
					{ name: 'Draft', value: 'draft' },
					{ name: 'Published', value: 'published' },
				],
			},
			{ wire: 'split_overnight_shifts', displayName: 'Split Overnight Shifts', kind: 'boolean', description: 'Whether to split a shift that crosses midnight into one per day' },
		],
	},
};
