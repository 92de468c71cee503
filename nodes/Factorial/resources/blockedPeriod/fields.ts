import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const blockedPeriodId = recordId('blockedPeriodId', 'Blocked Period ID');
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. Year-end closing' };
export const leaveTypeIds: FieldSpec = { wire: 'leave_type_ids', displayName: 'Leave Type IDs', kind: 'list', each: 'id', required: true, description: 'The leave types employees cannot request during the period' };
const ids = (wire: string, displayName: string): FieldSpec => ({ wire, displayName, kind: 'list', each: 'id' });
export const audience: FieldSpec[] = [
	{ wire: 'members', displayName: 'Employee IDs', kind: 'list', each: 'id', description: 'Employees picked by hand' },
	ids('team_ids', 'Team IDs'),
	ids('location_ids', 'Location IDs'),
	ids('legal_entity_ids', 'Legal Entity IDs'),
	{ wire: 'query', displayName: 'Query', kind: 'string' },
];
