import { listHolds, same, text } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a planned shift',
	description: 'Plan a shift for an employee in Shift Management',
	method: 'POST',
	path: 'shift_management/shifts',
	fields: [
		{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true },
		{ wire: 'start_at', displayName: 'Start', kind: 'dateTime', required: true },
		{ wire: 'end_at', displayName: 'End', kind: 'dateTime', required: true },
		autofilledCompanyId,
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'name', displayName: 'Name', kind: 'string', description: 'Shown instead of the default shift title' },
			{ wire: 'notes', displayName: 'Notes', kind: 'string', description: 'Visible to managers and schedulers' },
			{ wire: 'location_id', displayName: 'Location', kind: 'locator', locator: 'location', description: 'Where the shift takes place; empty: the employee\'s own' },
			{ wire: 'work_area_id', displayName: 'Work Area ID', kind: 'id', description: 'A work area within the location' },
		],
	},
	check: listHolds(
		'a planned shift of that employee with that start and end',
		(sent) => {
			const employee = text(sent, 'employee_id');
			const start = text(sent, 'start_at');
			const end = text(sent, 'end_at');
			return employee && start && end ? { path: 'shift_management/shifts', query: { employee_ids: [employee], start_at: start, end_at: end } } : undefined;
		},
		(shift, sent) =>
			same(shift.employee_id, sent.values.employee_id) &&
			Date.parse(String(shift.start_at)) === Date.parse(String(sent.values.start_at)) &&
			Date.parse(String(shift.end_at)) === Date.parse(String(sent.values.end_at)),
	),
};
