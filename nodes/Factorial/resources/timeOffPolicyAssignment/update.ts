import type { OperationSpec } from '../../engine/types';
import { assignmentId, effectiveAt, policyId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a policy assignment',
	description: 'Change the policy or the day of a policy assignment',
	method: 'PUT',
	path: 'timeoff/policy_assignments/{id}',
	fields: [{ ...assignmentId, in: 'pathAndBody' }, policyId, effectiveAt],
};
