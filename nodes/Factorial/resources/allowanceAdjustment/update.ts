import type { OperationSpec } from '../../engine/types';
import { adjustmentId, allowanceId, daysInCents, description, effectiveOn, targetBalance } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an allowance adjustment',
	description: 'Change the units, date, counter or description of an allowance adjustment',
	method: 'PUT',
	path: 'timeoff/allowance_incidences/{id}',
	fields: [{ ...adjustmentId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [daysInCents, allowanceId, effectiveOn, targetBalance, description] },
};
