import { listHolds, same, text } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { effectiveAt, optionalFields, planningTool } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a planning version',
	description: 'Choose how an employee\'s time is planned from a given day',
	method: 'POST',
	path: 'time_planning/planning_versions',
	fields: [{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true }, effectiveAt, planningTool],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: optionalFields },
	check: listHolds(
		'a planning version of that employee from that day, with that tool',
		(sent) => {
			const employee = text(sent, 'employee_id');
			return employee ? { path: 'time_planning/planning_versions', query: { only_active: false, employee_ids: [employee] } } : undefined;
		},
		(version, sent) => same(version.employee_id, sent.values.employee_id) && version.effective_at === sent.values.effective_at && version.planning_tool === sent.values.planning_tool,
	),
};
