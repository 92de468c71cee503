import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many payroll supplements',
	description: 'List payroll supplements, page by page',
	method: 'GET',
	path: 'payroll/supplements',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Supplement IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'policy_period_ids', displayName: 'Payroll Period IDs', kind: 'list', each: 'id', description: 'Only supplements of these payroll policy periods, comma-separated' },
			{ wire: 'legal_entity_ids', displayName: 'Legal Entity IDs', kind: 'list', each: 'id' },
			{ wire: 'compensation_id', displayName: 'Compensation ID', kind: 'string', description: 'Only supplements paying out this compensation' },
			{ wire: 'from', displayName: 'From Date', kind: 'date', description: 'Only supplements effective on or after this date' },
			{ wire: 'to', displayName: 'To Date', kind: 'date', description: 'Only supplements effective on or before this date' },
		],
	},
};
