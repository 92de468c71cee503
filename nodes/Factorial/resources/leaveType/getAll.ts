import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many leave types',
	description: 'List leave types, page by page',
	tool: { returns: 'Returns leave types (id, name, identifier, active, approval_required, payable and more): at most 20 unless the tool\'s Limit or Return All says otherwise; a leave\'s Leave Type takes one of these ids' },
	method: 'GET',
	path: 'timeoff/leave_types',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Leave Type IDs', kind: 'list', each: 'id' },
			{ wire: 'leave_type_id', displayName: 'Leave Type', kind: 'locator', locator: 'leaveType' },
			{ wire: 'company_ids', displayName: 'Company IDs', kind: 'list', each: 'id' },
			{ wire: 'identifier', displayName: 'Identifier', kind: 'string', description: 'The unique code of the leave type' },
			{ wire: 'active', displayName: 'Active', kind: 'boolean', description: 'Whether to return the leave types in use (on) or the retired ones (off)' },
			{ wire: 'payable', displayName: 'Paid', kind: 'boolean', description: 'Whether to return the paid leave types (on) or the unpaid ones (off)' },
			{ wire: 'allow_endless', displayName: 'Allow Open-Ended', kind: 'boolean', description: 'Whether to return the leave types that allow leaves without an end date (on) or not (off)' },
			{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', description: 'Only the leave types this employee\'s time off policy grants. Needs Reference Date.' },
			{ wire: 'reference_date', displayName: 'Reference Date', kind: 'date', description: 'The date on which the employee\'s time off policy is read. Needed with Employee.' },
		],
	},
};
