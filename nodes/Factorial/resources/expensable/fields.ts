import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const expensableId = recordId('expensableId', 'Expensable ID');

// Factorial requires these flags on every list request, so they are always sent (false unless on).
export const includeManualDrafts: FieldSpec = { wire: 'include_manual_drafts', displayName: 'Include Manual Drafts', kind: 'boolean', in: 'query', description: 'Whether to include records still drafted by hand' };
export const includeAttachments: FieldSpec = { wire: 'include_attachments', displayName: 'Include Attachments', kind: 'boolean', in: 'query', description: 'Whether to add the attachments to each record' };
export const ids = (displayName: string): FieldSpec => ({ wire: 'ids', displayName, kind: 'list', each: 'id' });
export const employeeIds: FieldSpec = { wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' };
export const expensableIds: FieldSpec = { wire: 'expenses_expensable_ids', displayName: 'Expensable IDs', kind: 'list', each: 'id' };
// Factorial applies the date window only when both ends are given.
export const from: FieldSpec = { wire: 'from', displayName: 'From Date', kind: 'date', description: 'Used only together with To Date' };
export const to: FieldSpec = { wire: 'to', displayName: 'To Date', kind: 'date', description: 'Used only together with From Date' };
