import type { OperationSpec } from '../../engine/types';
import { effectiveAt, policyId } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a policy assignment',
	description: 'Put an employee on a time off policy from a given day',
	method: 'POST',
	path: 'timeoff/policy_assignments',
	fields: [{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true }, policyId, effectiveAt],
};
