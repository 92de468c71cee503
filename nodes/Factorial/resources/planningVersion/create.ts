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
};
