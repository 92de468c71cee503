import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const assignmentId = recordId('policyAssignmentId', 'Policy Assignment ID');
export const policyId: FieldSpec = { wire: 'timeoff_policy_id', displayName: 'Time Off Policy ID', kind: 'id', required: true };
export const effectiveAt: FieldSpec = { wire: 'effective_at', displayName: 'Effective Date', kind: 'date', required: true, description: 'The day the employee starts following the policy' };
