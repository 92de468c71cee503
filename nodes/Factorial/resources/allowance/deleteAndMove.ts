import { recordShows } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { allowanceId } from './fields';

export const deleteAndMove: OperationSpec = {
	name: 'deleteAndMove',
	displayName: 'Delete and Move Adjustments',
	action: 'Delete an allowance and move its adjustments',
	description: 'Delete an allowance, moving its adjustments to another allowance',
	method: 'POST',
	path: 'timeoff/allowances/delete_with_alt_allowance',
	fields: [allowanceId, { wire: 'alt_allowance_id', displayName: 'Move Adjustments To (Allowance ID)', kind: 'id', required: true }],
	// Applied once the allowance is gone; still there, it was not.
	check: { ...recordShows('the allowance is gone', (id) => `timeoff/allowances/${id}`, 'id', () => false), goneMeansApplied: true },
};
