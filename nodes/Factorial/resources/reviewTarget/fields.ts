import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const reviewTargetId = recordId('reviewTargetId', 'Participant ID', 'The review participant\'s ID (not the employee\'s)');
export const processIds: FieldSpec = { wire: 'performance_review_process_ids', displayName: 'Review Process IDs', kind: 'list', each: 'id' };
export const accessIds: FieldSpec = { wire: 'access_ids', displayName: 'Access IDs', kind: 'list', each: 'id', description: 'Employees\' access IDs (access_id), comma-separated' };
