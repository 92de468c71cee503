import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const adjustmentId = recordId('allowanceAdjustmentId', 'Adjustment ID');
export const allowanceId: FieldSpec = { wire: 'timeoff_allowance_id', displayName: 'Allowance ID', kind: 'id', description: 'The allowance whose balance changes' };
export const daysInCents: FieldSpec = { wire: 'days_in_cents', displayName: 'Units (in Cents)', kind: 'number', integer: true, description: 'Days or hours to add, in hundredths (150 = 1.5); negative to take away' };
export const effectiveOn: FieldSpec = { wire: 'effective_on', displayName: 'Effective Date', kind: 'date', description: 'The day it takes effect, which decides the allowance cycle it counts in' };
export const targetBalance: FieldSpec = {
	wire: 'target_balance',
	displayName: 'Counter',
	kind: 'options',
	default: 'available',
	options: [
		{ name: 'Accrued', value: 'accrued' },
		{ name: 'Available', value: 'available' },
	],
	description: 'Which balance counter changes',
};
export const description: FieldSpec = { wire: 'description', displayName: 'Description', kind: 'string' };
