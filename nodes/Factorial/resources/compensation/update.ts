import type { OperationSpec } from '../../engine/types';
import { compensationDetails, compensationId, compensationType, taxonomyId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a compensation',
	description: 'Change the amount, recurrence or other details of a compensation',
	tool: { caution: 'changes what an employee is paid' },
	method: 'PUT',
	path: 'contracts/compensations/{id}',
	// Factorial wants the id both in the path and in the body of a PUT, and the concept in every PUT.
	fields: [{ ...compensationId, in: 'pathAndBody' }, { ...taxonomyId, required: true }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [compensationType, ...compensationDetails],
	},
};
